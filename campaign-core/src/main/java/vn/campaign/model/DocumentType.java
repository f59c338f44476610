package vn.campaign.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.campaign.internal.Text;

/**
 * The type of a document, written as its abbreviation in the document's symbol: the {@code KH} of
 * {@code 457/KH-MTTQ-BTT} is a plan (Kế hoạch).
 *
 * <p>The known types are the abbreviations of Decree 30/2020/NĐ-CP, Appendix III, and of the
 * normative documents (Law 80/2015/QH13). The list is open: any other abbreviation is kept as an
 * "other" type with its raw code, because the Front and local bodies use more types than any list
 * names. Codes are Unicode ({@code QĐ}, {@code ĐA}) and case-sensitive ({@code CTr}, {@code QyĐ}).
 *
 * <p>Two types are equal when their codes are equal. Obtain instances from the constants or
 * {@link #of(String)}. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DocumentType implements Labelled {

    /** Kế hoạch ({@code KH}): a plan. */
    public static final DocumentType PLAN = new DocumentType("KH", "Kế hoạch", "Plan");
    /** Hướng dẫn ({@code HD}): guidance to the level below. */
    public static final DocumentType GUIDANCE = new DocumentType("HD", "Hướng dẫn", "Guidance");
    /** Nghị quyết ({@code NQ}): a resolution. */
    public static final DocumentType RESOLUTION = new DocumentType("NQ", "Nghị quyết", "Resolution");
    /** Nghị quyết liên tịch ({@code NQLT}): a joint resolution. */
    public static final DocumentType JOINT_RESOLUTION =
            new DocumentType("NQLT", "Nghị quyết liên tịch", "Joint resolution");
    /** Quyết định ({@code QĐ}): a decision. */
    public static final DocumentType DECISION = new DocumentType("QĐ", "Quyết định", "Decision");
    /** Chỉ thị ({@code CT}): a directive. */
    public static final DocumentType DIRECTIVE = new DocumentType("CT", "Chỉ thị", "Directive");
    /**
     * Thông tư ({@code TT}): a circular, a normative document of a ministry, numbered with its year
     * ({@code 121/2017/TT-BTC}). The Front writes the same code in the administrative numbers of its
     * Thông tri, a Front circular of guidance ({@code 17/TT-MTTW-BTT} of 3/4/2015, no year): the code
     * alone cannot tell the two apart, the number can ({@link DocumentNumber#isFrontCircular()},
     * {@link DocumentNumber#typeLabels()}).
     */
    public static final DocumentType CIRCULAR = new DocumentType("TT", "Thông tư", "Circular");
    /** Thông tư liên tịch ({@code TTLT}): a joint circular. */
    public static final DocumentType JOINT_CIRCULAR =
            new DocumentType("TTLT", "Thông tư liên tịch", "Joint circular");
    /** Nghị định ({@code NĐ}): a decree of the Government. */
    public static final DocumentType DECREE = new DocumentType("NĐ", "Nghị định", "Decree");
    /** Thông báo ({@code TB}): a notice. */
    public static final DocumentType NOTICE = new DocumentType("TB", "Thông báo", "Notice");
    /** Báo cáo ({@code BC}): a report. */
    public static final DocumentType REPORT = new DocumentType("BC", "Báo cáo", "Report");
    /** Chương trình ({@code CTr}): a programme. */
    public static final DocumentType PROGRAMME = new DocumentType("CTr", "Chương trình", "Programme");
    /** Kết luận ({@code KL}): a conclusion. */
    public static final DocumentType CONCLUSION = new DocumentType("KL", "Kết luận", "Conclusion");
    /** Quy chế ({@code QC}): a regulation. */
    public static final DocumentType REGULATION = new DocumentType("QC", "Quy chế", "Regulation");
    /** Quy định ({@code QyĐ}): rules. */
    public static final DocumentType RULES = new DocumentType("QyĐ", "Quy định", "Rules");
    /** Phương án ({@code PA}): a scheme. */
    public static final DocumentType SCHEME = new DocumentType("PA", "Phương án", "Scheme");
    /** Đề án ({@code ĐA}): a project. */
    public static final DocumentType PROJECT = new DocumentType("ĐA", "Đề án", "Project");
    /** Tờ trình ({@code TTr}): a proposal submitted for approval. */
    public static final DocumentType PROPOSAL = new DocumentType("TTr", "Tờ trình", "Proposal");
    /** Luật ({@code L}): a law. */
    public static final DocumentType LAW = new DocumentType("L", "Luật", "Law");

    private static final List<DocumentType> KNOWN_TYPES = List.of(
            PLAN, GUIDANCE, RESOLUTION, JOINT_RESOLUTION, DECISION, DIRECTIVE, CIRCULAR,
            JOINT_CIRCULAR, DECREE, NOTICE, REPORT, PROGRAMME, CONCLUSION, REGULATION, RULES,
            SCHEME, PROJECT, PROPOSAL, LAW);

    private static final Map<String, DocumentType> BY_CODE = index(KNOWN_TYPES);

    private final String code;
    private final Labels labels;
    private final boolean known;

    private DocumentType(String code, String vietnamese, String english) {
        this(code, vietnamese, english, true);
    }

    private DocumentType(String code, String vietnamese, String english, boolean known) {
        this.code = code;
        this.labels = new Labels(vietnamese, english);
        this.known = known;
    }

    private static Map<String, DocumentType> index(List<DocumentType> types) {
        Map<String, DocumentType> map = new LinkedHashMap<>();
        for (DocumentType type : types) {
            map.put(type.code, type);
        }
        return Map.copyOf(map);
    }

    /**
     * Returns the document type with the given abbreviation.
     *
     * <p>The code is NFC-normalised and then matched exactly, case included: {@code "KH"} is
     * {@link #PLAN}, {@code "kh"} is an unknown type. An unknown code gives an "other" type that
     * keeps the code as written.
     *
     * @param code the abbreviation, not null; not blank, without whitespace, control characters or
     *     {@code '/'}
     * @return the known constant for the code, or an "other" type, never null
     * @throws IllegalArgumentException if the code is blank or contains whitespace, a control
     *     character or {@code '/'}
     */
    public static DocumentType of(String code) {
        Objects.requireNonNull(code, "code");
        String normalized = Text.nfc(code);
        DocumentType known = BY_CODE.get(normalized);
        if (known != null) {
            return known;
        }
        if (normalized.isEmpty() || normalized.codePoints().anyMatch(DocumentType::isForbidden)) {
            throw new IllegalArgumentException("Not a document type code: \"" + code
                    + "\" (a code is not blank and has no spaces, control characters or '/')");
        }
        return new DocumentType(normalized, normalized, "Other (" + normalized + ")", false);
    }

    private static boolean isForbidden(int codePoint) {
        return codePoint == '/'
                || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint);
    }

    /**
     * Returns the known document types, in the order of the constants of this class.
     *
     * @return an unmodifiable list of the known types, never null
     */
    public static List<DocumentType> knownTypes() {
        return KNOWN_TYPES;
    }

    /**
     * Returns the abbreviation of this type, as written in a document symbol.
     *
     * @return the NFC-normalised code, never null or blank
     */
    @Override
    public String code() {
        return code;
    }

    /**
     * Tells whether this is one of the known types listed as constants of this class.
     *
     * @return true for a known type, false for an "other" type
     */
    public boolean isKnown() {
        return known;
    }

    /**
     * Returns the names of this type. An "other" type has its code as its Vietnamese label and
     * {@code "Other (code)"} as its English label.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Compares this type with another object: equal when both are document types with the same
     * code.
     *
     * @param other the object to compare with, may be null
     * @return true if the other object is a document type with the same code
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DocumentType && code.equals(((DocumentType) other).code);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code of this type, such as {@code "KH"}; {@link #of(String)} gives the type back.
     *
     * @return the code, never null or blank
     */
    @Override
    public String toString() {
        return code;
    }
}
