package vn.campaign.draft;

import java.util.List;
import java.util.Objects;
import vn.campaign.model.Language;

/**
 * What a note of a draft says: a change the drafter made ({@link Kind#CHANGE}) or a choice it left to
 * the official ({@link Kind#CHOICE}), with its message in Vietnamese and English. The codes are stable;
 * the wording of the messages may improve. Arguments ({@code {0}}, {@code {1}} …) are filled in as plain
 * text.
 *
 * @since 0.1
 */
public enum DraftNoteCode {
    /** A task of the parent addressed to the unit's level, copied with a link to it. */
    TASK_FROM_PARENT(Kind.CHANGE, "Nhiệm vụ “{0}” lấy từ nhiệm vụ “{1}” của kế hoạch cấp trên, có liên kết tới nhiệm vụ đó.",
            "Task “{0}” taken from the parent plan's task “{1}”, linked to it."),
    /** A task the parent addresses only to a level below the unit's: the draft passes it down. */
    TASK_PASSED_DOWN(Kind.CHANGE, "Nhiệm vụ “{0}” cấp trên giao cho {1}: chuyển xuống, đơn vị hướng dẫn thực hiện.",
            "Task “{0}” the parent gives to {1}: passed down, the unit guides it."),
    /** A body of the parent localised to the unit. */
    BODY_LOCALISED(Kind.CHANGE, "“{0}” thay bằng “{1}”.", "“{0}” replaced by “{1}”."),
    /** A body left out because it no longer exists on the plan's date (the 2025 reform). */
    BODY_DROPPED(Kind.CHANGE, "Bỏ “{0}”: cấp huyện không còn từ ngày {1} ({2}).",
            "Left out “{0}”: the district level no longer exists from {1} ({2})."),
    /** Number, date and place are left blank for the issuing office. */
    NUMBER_DATE_BLANK(Kind.CHOICE, "Số, ký hiệu, địa danh và ngày ban hành để trống: văn thư điền khi ban hành.",
            "Number, place and date left blank: the registry fills them in when the plan is issued."),
    /** The signature is left blank. */
    SIGNATURE_BLANK(Kind.CHOICE, "Phần ký để trống: ghi thẩm quyền, chức vụ và họ tên người ký.{0}",
            "Signature left blank: write the authority, position and name of the signer.{0}"),
    /** Drafted wording the official should adapt. */
    TEXT_DRAFTED(Kind.CHOICE, "“{0}” là lời văn soạn sẵn: sửa cho phù hợp tình hình địa phương.",
            "“{0}” is drafted wording: adapt it to the local situation."),
    /** Recipients put in by convention. */
    RECIPIENT_BY_CONVENTION(Kind.CHOICE, "Nơi nhận “{0}” {1} theo thông lệ ({2}): kiểm tra lại.",
            "Recipient “{0}” {1} by convention ({2}): check it."),
    /** Funding sources put in; amounts left to the official. */
    FUNDING_SOURCES(Kind.CHOICE, "Nguồn kinh phí: {0}. Dự toán (số tiền) do đơn vị lập.",
            "Funding sources: {0}. The budget (amounts) is the unit's to set."),
    /** The parent marks the task optional. */
    OPTIONAL_TASK(Kind.CHOICE, "Nhiệm vụ “{0}” cấp trên ghi “nếu có”: giữ hoặc bỏ.",
            "Task “{0}” is optional in the parent (“nếu có”): keep or delete it."),
    /** The unit's level ends during the plan's period. */
    LEVEL_ENDS_IN_PERIOD(Kind.CHOICE, "Cấp huyện kết thúc hoạt động từ ngày {0} ({1}), trong thời gian của kế hoạch {2}: "
            + "ghi rõ cơ quan tiếp nhận nhiệm vụ hoặc rút ngắn thời gian kế hoạch.",
            "The district level ends on {0} ({1}), within the plan's period {2}: say who takes over, or shorten the period."),
    /** The unit's name as last year: check it after the reform. */
    UNIT_TO_CHECK(Kind.CHOICE, "Tên đơn vị “{0}” giữ như năm trước: kiểm tra sau sắp xếp đơn vị hành chính từ ngày {1}.",
            "The unit's name “{0}” is kept from last year: check it after the reorganisation of units from {1}."),
    /** A schedule moved to the new period. */
    SCHEDULE_MOVED(Kind.CHANGE, "Thời gian nhiệm vụ “{0}”: “{1}” thành “{2}”.", "Schedule of task “{0}”: “{1}” becomes “{2}”."),
    /** A schedule fitted into the new parent task's window. */
    SCHEDULE_FITTED(Kind.CHANGE, "Thời gian nhiệm vụ “{0}” đặt theo nhiệm vụ cấp trên: “{1}” thành “{2}”.",
            "Schedule of task “{0}” set to the parent task's: “{1}” becomes “{2}”."),
    /** A local task of last year kept. */
    TASK_KEPT(Kind.CHANGE, "Giữ nhiệm vụ riêng của đơn vị “{0}”.", "Kept the unit's own task “{0}”."),
    /** Last year's task now carries out a task of the new parent. */
    TASK_LINKED(Kind.CHANGE, "Nhiệm vụ “{0}” thực hiện nhiệm vụ “{1}” của kế hoạch cấp trên mới ({2}).",
            "Task “{0}” carries out the new parent's task “{1}” ({2})."),
    /** A task of the new parent that no task of last year's carried out, added. */
    TASK_ADDED(Kind.CHANGE, "Thêm nhiệm vụ “{0}” của kế hoạch cấp trên mới: năm trước không có nhiệm vụ tương ứng.",
            "Added the new parent's task “{0}”: last year had no corresponding task."),
    /** A task added where last year's has a weak pairing: merge or keep. */
    WEAK_PAIRING(Kind.CHOICE, "Nhiệm vụ “{0}” của năm trước có thể đã thực hiện nhiệm vụ mới “{1}”: "
            + "gộp hai nhiệm vụ hoặc giữ cả hai.",
            "Last year's task “{0}” may carry out the new task “{1}”: merge them or keep both."),
    /** A link to a parent task the new parent does not have, removed. */
    LINK_REMOVED(Kind.CHOICE, "Nhiệm vụ “{0}” thực hiện nhiệm vụ “{1}” của kế hoạch cấp trên năm trước, kế hoạch mới không có: "
            + "đã bỏ liên kết, giữ nhiệm vụ; giữ hoặc bỏ.",
            "Task “{0}” carried out the old parent's task “{1}”, which the new parent does not have: link removed, "
                    + "task kept; keep or delete it."),
    /** A not-applicable declaration about a task the new parent does not have, removed. */
    DECLARATION_REMOVED(Kind.CHANGE, "Bỏ ghi chú không áp dụng nhiệm vụ “{0}”: kế hoạch cấp trên mới không có nhiệm vụ này.",
            "Removed the not-applicable declaration of task “{0}”: the new parent has no such task."),
    /** The year in a text replaced. */
    YEAR_REPLACED(Kind.CHANGE, "“{0}” thành “{1}”.", "“{0}” becomes “{1}”."),
    /** The citation of the parent replaced. */
    PARENT_CITED(Kind.CHANGE, "Căn cứ: {0} thay cho {1}.", "Parent cited: {0} instead of {1}."),
    /** The period set to the new parent's. */
    PERIOD_SET(Kind.CHANGE, "Thời gian kế hoạch: {0} thành {1}.", "Plan period: {0} becomes {1}."),
    /** A recipient removed because its bodies no longer exist. */
    RECIPIENT_DROPPED(Kind.CHANGE, "Bỏ nơi nhận “{0}”: cơ quan không còn.", "Removed the recipient “{0}”: the body no longer exists."),
    /** A recipient added. */
    RECIPIENT_ADDED(Kind.CHANGE, "Thêm nơi nhận “{0}” {1}.", "Added the recipient “{0}” {1}."),
    /** A usual section the plan lacked, added where it belongs. */
    SECTION_ADDED(Kind.CHANGE, "Thêm mục “{0}”, theo thứ tự thường lệ của kế hoạch.",
            "Added the section “{0}”, in the usual order of a plan."),
    /** Last year's budget carried over. */
    BUDGET_CARRIED(Kind.CHOICE, "Dự toán “{0}” {1} giữ như năm trước: lập lại cho năm mới.",
            "Budget line “{0}” of {1} carried over from last year: set it for the new year.");

    private final Kind kind;
    private final String vietnamese;
    private final String english;

    DraftNoteCode(Kind kind, String vietnamese, String english) {
        this.kind = kind;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * Returns whether the note is a change made or a choice left.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the message with its arguments filled in as plain text.
     *
     * @param language the language, not null
     * @param arguments the arguments, not null
     * @return the message, never null
     */
    public String format(Language language, List<String> arguments) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(arguments, "arguments");
        String template = language == Language.EN ? english : vietnamese;
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                out.append(index < arguments.size() ? arguments.get(index) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a note is a change the drafter made or a choice it leaves to the official.
     *
     * @since 0.1
     */
    public enum Kind {
        /** The drafter changed or added this. */
        CHANGE,
        /** The official must decide or fill this in. */
        CHOICE
    }
}
