package vn.campaign.model;


/**
 * How a plan relates to a document it names.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum ReferenceRelation implements Labelled {
    /** The plan carries out this document: its parent plan (“Thực hiện Kế hoạch số …”). */
    IMPLEMENTS("Thực hiện", "Implements"),
    /** A legal basis of the plan (“Căn cứ …”). */
    LEGAL_BASIS("Căn cứ", "Legal basis"),
    /** A task is carried out according to this document (“căn cứ theo Hướng dẫn số …”). */
    GUIDANCE("Hướng dẫn", "Guidance"),
    /** Funding follows this document (“Thực hiện theo Thông tư …”). */
    FUNDING_BASIS("Căn cứ kinh phí", "Funding basis"),
    /** The plan names this document in passing, for example as the subject of another reference. */
    CITED("Viện dẫn", "Cited");

    private final Labels labels;

    ReferenceRelation(String vietnamese, String english) {
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
