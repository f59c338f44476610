package vn.campaign.model;


/**
 * What a plan integrates its campaign with.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum IntegrationKind implements Labelled {
    /** Another campaign (cuộc vận động). */
    CAMPAIGN("Cuộc vận động", "Campaign"),
    /** An emulation movement (phong trào thi đua). */
    MOVEMENT("Phong trào thi đua", "Emulation movement"),
    /** A programme, for example the national new-rural-area programme. */
    PROGRAMME("Chương trình", "Programme");

    private final Labels labels;

    IntegrationKind(String vietnamese, String english) {
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
