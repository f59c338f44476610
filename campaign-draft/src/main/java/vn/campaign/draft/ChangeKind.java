package vn.campaign.draft;

import vn.campaign.model.Labelled;
import vn.campaign.model.Labels;

/**
 * What changed between two plans, task by task and member by member.
 *
 * @since 0.1
 */
public enum ChangeKind implements Labelled {
    /** Number, date, place, title, period, issuer or campaign: the subject names which. */
    PLAN_CHANGED("Thông tin kế hoạch thay đổi", "Plan details changed"),
    /** A task of the second plan that corresponds to none of the first. */
    TASK_ADDED("Thêm nhiệm vụ", "Task added"),
    /** A task of the first plan that corresponds to none of the second. */
    TASK_REMOVED("Bỏ nhiệm vụ", "Task removed"),
    /** Two corresponding tasks whose description, content or form differ. */
    TASK_REWORDED("Sửa lời văn nhiệm vụ", "Task reworded"),
    /** Two corresponding tasks whose schedules differ. */
    TASK_RESCHEDULED("Đổi thời gian nhiệm vụ", "Task rescheduled"),
    /** Two corresponding tasks whose bodies and roles differ. */
    TASK_REASSIGNED("Đổi cơ quan thực hiện", "Task reassigned"),
    /** A funding source or budget line only in the second plan. */
    FUNDING_ADDED("Thêm nguồn, dự toán kinh phí", "Funding added"),
    /** A funding source or budget line only in the first plan. */
    FUNDING_REMOVED("Bỏ nguồn, dự toán kinh phí", "Funding removed"),
    /** A funding source or budget line in both, changed. */
    FUNDING_CHANGED("Đổi nguồn, dự toán kinh phí", "Funding changed"),
    /** A document cited only by the second plan. */
    REFERENCE_ADDED("Thêm văn bản căn cứ", "Reference added"),
    /** A document cited only by the first plan. */
    REFERENCE_REMOVED("Bỏ văn bản căn cứ", "Reference removed"),
    /** A document both cite, cited differently. */
    REFERENCE_CHANGED("Đổi văn bản căn cứ", "Reference changed"),
    /** A recipient only in the second plan. */
    RECIPIENT_ADDED("Thêm nơi nhận", "Recipient added"),
    /** A recipient only in the first plan. */
    RECIPIENT_REMOVED("Bỏ nơi nhận", "Recipient removed"),
    /** A recipient in both, for another purpose. */
    RECIPIENT_CHANGED("Đổi nơi nhận", "Recipient changed"),
    /** The signature block differs. */
    SIGNATURE_CHANGED("Đổi phần ký", "Signature changed");

    private final Labels labels;

    ChangeKind(String vietnamese, String english) {
        this.labels = new Labels(vietnamese, english);
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
