package vn.campaign.model;


/**
 * The part an actor plays in a task.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum Role implements Labelled {
    /** Leads the task (chủ trì) or organises it. */
    LEAD("Chủ trì", "Lead"),
    /** Coordinates with the lead (phối hợp). */
    COORDINATE("Phối hợp", "Coordinate"),
    /** Takes part (tham gia), for example sends staff to a training. */
    PARTICIPATE("Tham gia", "Participate"),
    /** Guides the level below in carrying out the task (hướng dẫn). */
    GUIDE("Hướng dẫn", "Guide");

    private final Labels labels;

    Role(String vietnamese, String english) {
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
