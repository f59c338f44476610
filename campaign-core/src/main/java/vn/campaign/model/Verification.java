package vn.campaign.model;

/**
 * How a fact of law this SDK relies on is known, graded as in {@code docs/legal-sources.md}.
 *
 * <p>What no source gave is not graded here: it is left out of the data (an empty date, no
 * replacement, no article). A rule of the SDK that rests on an {@link #INFERRED} fact reports at most
 * a warning, unless a source says the rule outright.
 *
 * <p>The constant names are stable codes. This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Verification implements Labelled {
    /**
     * Read in the document's own text, or in an authoritative summary that quotes it (an official
     * portal, the issuing ministry's journal, the Front's own site).
     */
    VERIFIED("Đã kiểm chứng", "Verified"),
    /**
     * Read only in secondary sources (news, legal question-and-answer sites, the metadata of legal
     * databases), or read without the article or clause that says it.
     */
    PARTLY_VERIFIED("Kiểm chứng một phần", "Partly verified"),
    /** Reasoned from other facts: no source read says it. */
    INFERRED("Suy luận", "Inferred");

    private final Labels labels;

    Verification(String vietnamese, String english) {
        this.labels = new Labels(vietnamese, english);
    }

    /**
     * Returns the stable code, the constant name.
     *
     * @return the code, never null
     */
    @Override
    public String code() {
        return name();
    }

    /**
     * Returns the names of this grade.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }
}
