package vn.campaign.compliance;

import java.util.Optional;
import vn.campaign.finding.FindingCode;
import vn.campaign.finding.Severity;
import vn.campaign.model.Labelled;
import vn.campaign.model.Labels;

/**
 * The finding codes of the built-in compliance rules, each with its rule, default severity and a
 * one-line summary.
 *
 * <p>A code is a promise: once released it never changes meaning. Each one is documented with its
 * source and a failing and a passing example in {@code docs/compliance.md}; its messages are in the
 * bundles {@code vn/campaign/compliance/messages*.properties}. A profile
 * ({@link ComplianceProfile}) may change the severity.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ComplianceCode implements FindingCode, Labelled {

    /** A parent task addressed to the child's level is neither implemented nor declared not applicable. */
    PARENT_TASK_NOT_COVERED(BuiltInRules.COVERAGE, Severity.ERROR, "Nhiệm vụ cấp trên giao chưa được triển khai",
            "A parent task addressed to the child's level is not covered"),
    /**
     * A parent task addressed to the child's level pairs with the child's tasks only weakly (by kind
     * alone where the kind is general, or by wording alone): a person should confirm it with a link.
     */
    PARENT_TASK_MATCH_WEAK(BuiltInRules.COVERAGE, Severity.WARNING,
            "Nhiệm vụ cấp trên chỉ tương ứng yếu với nhiệm vụ của kế hoạch",
            "A parent task pairs only weakly with the plan's tasks"),
    /** A task link or a not-applicable declaration names a task the parent plan does not have. */
    UNKNOWN_PARENT_TASK(BuiltInRules.COVERAGE, Severity.ERROR, "Nhiệm vụ cấp trên không tồn tại",
            "A link names a task the parent plan does not have"),

    /** A child task's window is not inside the window of the parent task it implements. */
    SCHEDULE_OUTSIDE_PARENT_TASK(BuiltInRules.TIMING, Severity.ERROR,
            "Thời gian thực hiện ngoài thời gian của nhiệm vụ cấp trên",
            "A child task's window is not inside its parent task's window"),
    /** The child plan is dated before its parent plan. */
    PLAN_ISSUED_BEFORE_PARENT(BuiltInRules.TIMING, Severity.ERROR, "Kế hoạch ban hành trước kế hoạch cấp trên",
            "The plan is dated before its parent plan"),

    /** The Great Unity festival's window is not inside the window of the parent's festival task. */
    FESTIVAL_OUTSIDE_PARENT_WINDOW(BuiltInRules.FESTIVAL, Severity.ERROR,
            "Ngày hội ngoài thời gian cấp trên định", "The festival is outside the parent's festival window"),
    /** The Great Unity festival's window has no day on or before 18 November of its year. */
    FESTIVAL_AFTER_NATIONAL_DAY(BuiltInRules.FESTIVAL, Severity.WARNING, "Ngày hội sau ngày 18/11",
            "The festival's window starts after 18 November"),

    /** A duty is assigned to an actor of a level above the plan's own. */
    DUTY_ABOVE_OWN_LEVEL(BuiltInRules.ACTORS, Severity.ERROR, "Giao nhiệm vụ cho cấp trên",
            "A duty is assigned to a level above the plan's own"),
    /** No recipient for report is the issuer of the parent plan. */
    REPORT_NOT_TO_PARENT_ISSUER(BuiltInRules.ACTORS, Severity.WARNING, "Không báo cáo cơ quan ban hành kế hoạch cấp trên",
            "No recipient for report is the issuer of the parent plan"),

    /** The plan does not cite its parent plan by its number. */
    PARENT_NOT_CITED(BuiltInRules.CITATION, Severity.ERROR, "Không viện dẫn kế hoạch cấp trên",
            "The plan does not cite its parent plan by number"),
    /** The plan cites its parent's number with another date. */
    PARENT_CITATION_MISMATCH(BuiltInRules.CITATION, Severity.ERROR, "Viện dẫn sai ngày kế hoạch cấp trên",
            "The plan cites its parent with another date"),
    /** The plan cites its parent's number without a date, where the parent has one. */
    PARENT_CITATION_UNDATED(BuiltInRules.CITATION, Severity.WARNING, "Viện dẫn kế hoạch cấp trên thiếu ngày",
            "The plan cites its parent without the date"),
    /**
     * A plan set (a folder, a cascade) holds no plan that the plan's IMPLEMENTS reference names, so the
     * plan is not checked against its parent; a profile ({@code severity.PARENT_NOT_FOUND=ERROR}, or
     * {@code check --require-parents}) makes it an error.
     */
    PARENT_NOT_FOUND(BuiltInRules.CITATION, Severity.WARNING, "Không tìm thấy kế hoạch cấp trên trong bộ kế hoạch",
            "The plan set holds no plan the parent reference names"),

    /**
     * A state-budget line is for an item no funding rule in force lists. A WARNING: that the state
     * budget may pay only the listed items is inferred, no source found says it
     * ({@code docs/legal-sources.md} §10).
     */
    STATE_BUDGET_ITEM_NOT_ALLOWED(BuiltInRules.FUNDING, Severity.WARNING,
            "Khoản chi ngân sách ngoài các nội dung chi Thông tư 121/2017/TT-BTC nêu",
            "A state-budget line is for an item no funding rule in force lists"),
    /** A support line is paid from socialised funds, which are kept apart. */
    SUPPORT_FROM_SOCIALISED_FUNDS(BuiltInRules.FUNDING, Severity.WARNING, "Kinh phí hỗ trợ lấy từ nguồn xã hội hóa",
            "A support line is paid from socialised funds"),
    /** A support line is below the minimum in force (the circular's or the province's). */
    SUPPORT_BELOW_MINIMUM(BuiltInRules.FUNDING, Severity.ERROR, "Mức hỗ trợ thấp hơn mức tối thiểu",
            "A support line is below the minimum in force"),

    /** The parent asks the child's level for an interim or final review and the child has none. */
    REVIEW_MISSING(BuiltInRules.REVIEWS, Severity.WARNING, "Thiếu sơ kết, tổng kết",
            "The parent asks for a review the child does not plan"),

    /** A plan dated from 1/7/2025 names a district. */
    DISTRICT_AFTER_REFORM(BuiltInRules.HIERARCHY, Severity.ERROR, "Cấp huyện không còn tồn tại",
            "A plan dated from 1/7/2025 names a district"),
    /**
     * A plan issued while the district level existed runs past its end (1/7/2025) and names bodies of
     * that level, by level or by name: they cease during the plan.
     */
    DISTRICT_BODIES_CEASE(BuiltInRules.HIERARCHY, Severity.WARNING, "Cơ quan cấp huyện kết thúc trong kỳ kế hoạch",
            "District bodies the plan names cease during its period"),
    /** The parent plan is not of the level directly above the child's in the hierarchy in force. */
    PARENT_LEVEL_MISMATCH(BuiltInRules.HIERARCHY, Severity.ERROR, "Cấp của kế hoạch cấp trên không phù hợp",
            "The parent is not of the level directly above the child's");

    private final String rule;
    private final Severity severity;
    private final Labels labels;

    ComplianceCode(String rule, Severity severity, String vietnamese, String english) {
        this.rule = rule;
        this.severity = severity;
        this.labels = new Labels(vietnamese, english);
    }

    /**
     * Returns the built-in code with a given string.
     *
     * @param code the code string, not null
     * @return the code, or empty if it is not a built-in compliance code
     */
    public static Optional<ComplianceCode> of(String code) {
        return FindingCode.of(ComplianceCode.class, code);
    }

    /**
     * Returns the stable code string, the constant name.
     *
     * @return the code, never null
     */
    @Override
    public String code() {
        return name();
    }

    /**
     * Returns the short names of the code.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Returns the id of the built-in rule that reports this code, one of {@link BuiltInRules#IDS}.
     *
     * @return the rule id, never null
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns the severity of a finding with this code unless a profile changes it.
     *
     * @return the default severity, never null
     */
    @Override
    public Severity severity() {
        return severity;
    }
}
