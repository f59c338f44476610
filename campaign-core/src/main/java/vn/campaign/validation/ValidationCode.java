package vn.campaign.validation;

import java.util.Optional;
import vn.campaign.finding.FindingCode;
import vn.campaign.finding.Severity;
import vn.campaign.model.Labelled;
import vn.campaign.model.Labels;

/**
 * The codes of {@link PlanValidator}'s findings, each with its default severity and a one-line summary:
 * a catalogue of {@link FindingCode}s, worded by the bundles {@code vn/campaign/validation/messages*.properties}.
 *
 * <p>A code is a promise: once released it never changes meaning. Each one is documented with its
 * source, a failing and a passing example in {@code docs/findings.md}.
 * {@link vn.campaign.finding.Finding#code()} is a string so that rules of an application can add codes
 * of their own; {@link #code()} is the string of a built-in one.
 *
 * <p>The first group comes from constraint annotations on the model (Jakarta Validation and
 * {@link vn.campaign.model.constraints}); the others from the plan rules of
 * {@link PlanValidator}.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ValidationCode implements FindingCode, Labelled {

    // Constraints on the model.

    /** A text that is present is empty or only white space ({@code @NotBlank}). */
    BLANK_TEXT(Severity.ERROR, "Văn bản trống", "A text that is present is blank"),
    /** A list that needs at least one element is empty ({@code @NotEmpty}), such as a task's kinds. */
    EMPTY_LIST(Severity.ERROR, "Danh sách trống", "A list that needs an element is empty"),
    /** An id does not have the form of {@link vn.campaign.model.Ids#PATTERN} ({@code @Pattern}). */
    INVALID_ID(Severity.ERROR, "Mã định danh không hợp lệ", "An id has an invalid form"),
    /** A budget amount is negative ({@code @NonNegativeAmount}). */
    NEGATIVE_AMOUNT(Severity.ERROR, "Số tiền âm", "An amount of money is negative"),
    /** A task has no description, content or form ({@code @TaskHasText}). */
    TASK_WITHOUT_TEXT(Severity.WARNING, "Nhiệm vụ không có lời văn", "A task has no description, content or form"),
    /** A signature under TM., KT., TL. or TUQ. does not name whom it signs for ({@code @ConsistentSignature}). */
    SIGNATURE_WITHOUT_PRINCIPAL(Severity.WARNING, "Chữ ký thiếu tập thể hoặc người được ký thay",
            "A signature under TM., KT., TL. or TUQ. does not name whom it signs for"),
    /** Any other constraint of the model is violated; the argument names the constraint. */
    CONSTRAINT_VIOLATED(Severity.ERROR, "Vi phạm ràng buộc", "Another constraint of the model is violated"),

    // The parts of the document.

    /** The plan has no number and symbol. */
    PLAN_NUMBER_MISSING(Severity.WARNING, "Thiếu số, ký hiệu", "The plan has no number and symbol"),
    /** The plan has no date of issue. */
    PLAN_DATE_MISSING(Severity.WARNING, "Thiếu ngày ban hành", "The plan has no date of issue"),
    /** The plan has no place of issue. */
    PLAN_PLACE_MISSING(Severity.INFO, "Thiếu địa danh", "The plan has no place of issue"),
    /** The plan has no signature block. */
    PLAN_SIGNATURE_MISSING(Severity.WARNING, "Thiếu chữ ký", "The plan has no signature"),
    /** The plan has no recipients. */
    PLAN_RECIPIENTS_MISSING(Severity.WARNING, "Thiếu nơi nhận", "The plan has no recipients"),

    // Numbers and symbols.

    /** The type code in a document number differs from the document's type. */
    NUMBER_TYPE_MISMATCH(Severity.ERROR, "Ký hiệu sai loại văn bản",
            "The type code in a document number differs from the document's type"),
    /** The issuer code in a document number differs from the issuing actor's symbol code. */
    NUMBER_ISSUER_MISMATCH(Severity.WARNING, "Ký hiệu sai cơ quan ban hành",
            "The issuer code in a document number differs from the issuer's symbol code"),
    /** The year in a normative document's number differs from the year of its date. */
    NUMBER_YEAR_MISMATCH(Severity.WARNING, "Năm trong số văn bản không khớp ngày ban hành",
            "The year in a normative number differs from the year of its date"),

    // Dates.

    /** The plan is dated after its period ends. */
    PLAN_DATE_AFTER_PERIOD(Severity.ERROR, "Ngày ban hành sau thời gian thực hiện",
            "The plan is dated after its period ends"),
    /** The plan is dated before 1 January of the year before its period starts. */
    PLAN_DATE_FAR_BEFORE_PERIOD(Severity.WARNING, "Ngày ban hành quá sớm",
            "The plan is dated before 1 January of the year before its period starts"),
    /** A document the plan rests on is dated after the plan. */
    REFERENCE_AFTER_PLAN(Severity.ERROR, "Văn bản căn cứ ban hành sau kế hoạch",
            "A document the plan rests on is dated after the plan"),

    // References inside the plan.

    /** An actor id names no actor of the plan. */
    UNKNOWN_ACTOR(Severity.ERROR, "Chủ thể không tồn tại", "An actor id names no actor of the plan"),
    /** A reference id names no reference of the plan. */
    UNKNOWN_REFERENCE(Severity.ERROR, "Văn bản viện dẫn không tồn tại", "A reference id names no reference of the plan"),
    /** A task id names no task of the plan. */
    UNKNOWN_TASK(Severity.ERROR, "Nhiệm vụ không tồn tại", "A task id names no task of the plan"),
    /** A section id names no section of the plan. */
    UNKNOWN_SECTION(Severity.ERROR, "Mục không tồn tại", "A section id names no section of the plan"),
    /** A funding source id names no funding source of the plan. */
    UNKNOWN_FUNDING_SOURCE(Severity.ERROR, "Nguồn kinh phí không tồn tại",
            "A funding source id names no funding source of the plan"),
    /** Two things of the same kind have the same id. */
    DUPLICATE_ID(Severity.ERROR, "Trùng mã định danh", "Two things of the same kind have the same id"),
    /** The parent chain of actors loops. */
    ACTOR_CYCLE(Severity.ERROR, "Quan hệ trực thuộc vòng lặp", "The parent chain of actors loops"),

    // Schedules.

    /** A task's schedule has no day inside the plan period. */
    SCHEDULE_OUTSIDE_PERIOD(Severity.ERROR, "Thời gian thực hiện ngoài thời gian kế hoạch",
            "A task's schedule has no day inside the plan period"),
    /** A task's schedule lies partly outside the plan period. */
    SCHEDULE_PARTLY_OUTSIDE_PERIOD(Severity.WARNING, "Thời gian thực hiện vượt ra ngoài thời gian kế hoạch",
            "A task's schedule lies partly outside the plan period"),

    // Content.

    /** The plan has no propaganda task. */
    PROPAGANDA_MISSING(Severity.WARNING, "Thiếu nhiệm vụ tuyên truyền", "The plan has no propaganda task"),
    /** The propaganda tasks together do not address all five contents of the campaign. */
    PROPAGANDA_CONTENTS_INCOMPLETE(Severity.WARNING, "Tuyên truyền chưa đủ 05 nội dung",
            "The propaganda tasks do not address all five contents of the campaign"),

    // Recipients and signature.

    /** No recipient for report is at a level above the issuer's. */
    SUPERIOR_NOT_INFORMED(Severity.WARNING, "Không báo cáo cấp trên",
            "No recipient for report is at a level above the issuer's"),
    /** The recipients have no file copy. */
    FILE_COPY_MISSING(Severity.INFO, "Thiếu bản lưu", "The recipients have no file copy"),
    /** The signing authority does not fit the issuer or the signer's position. */
    SIGNING_AUTHORITY_MISMATCH(Severity.WARNING, "Thể thức ký không phù hợp",
            "The signing authority does not fit the issuer or the signer's position"),

    // Sections.

    /** Two sibling sections have the same number. */
    DUPLICATE_SECTION_NUMBER(Severity.WARNING, "Trùng số mục", "Two sibling sections have the same number"),

    // Recipients.

    /** Two recipients have the same name, compared as {@code VietnameseText.sameName} does. */
    DUPLICATE_RECIPIENT(Severity.WARNING, "Trùng nơi nhận", "Two recipients have the same name");

    private final Severity severity;
    private final Labels labels;

    ValidationCode(Severity severity, String vietnamese, String english) {
        this.severity = severity;
        this.labels = new Labels(vietnamese, english);
    }

    /**
     * Returns the code with a given string.
     *
     * @param code the code string, such as {@code "UNKNOWN_ACTOR"}, not null
     * @return the code, or empty for a string that is not a code of the validator
     */
    public static Optional<ValidationCode> of(String code) {
        return FindingCode.of(ValidationCode.class, code);
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
     * Returns the short names of the code; the English one is the one-line summary.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Returns the one-line English summary of what the code reports.
     *
     * @return the summary, never null
     */
    public String summary() {
        return labels.english();
    }

    /**
     * Returns the severity of a finding with this code unless a constraint's payload says otherwise.
     *
     * @return the default severity, never null
     */
    @Override
    public Severity severity() {
        return severity;
    }
}
