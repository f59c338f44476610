package vn.campaign.importer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Report;
import vn.campaign.model.Language;

/**
 * Everything an import did not map plainly: each finding has a code of {@link ImportCode}, whose kind
 * ({@link ImportKind#UNMAPPED}, {@link ImportKind#GUESSED} or {@link ImportKind#DEFAULTED}) gives its
 * severity, the {@linkplain Finding#line() line} and the {@linkplain Finding#source() source text}
 * concerned (neither for a finding about the whole document), and the root of the plan as its pointer.
 * Source lines that are in no finding were mapped to the plan or are layout (blank lines, rules,
 * national motto).
 *
 * <p>Immutable and thread-safe.
 *
 * @param findings the findings, ordered by line (the whole document first) then by the order of
 *     {@link ImportCode}; not null
 *
 * @since 0.1
 */
public record ImportReport(List<Finding> findings) implements Report {

    /** Line, then the order of the codes of {@link ImportCode}; another code after those, by its string. */
    private static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.line().orElse(0))
            .thenComparingInt(f -> ImportCode.of(f.code()).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(Finding::code);

    /**
     * Checks and copies the findings, sorting them by line and code.
     *
     * @param findings the findings, not null, no null element
     */
    public ImportReport {
        Objects.requireNonNull(findings, "findings");
        findings = findings.stream().map(finding -> Objects.requireNonNull(finding, "findings element")).sorted(ORDER)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the kind of a finding of the importer.
     *
     * @param finding the finding, not null
     * @return its kind, or empty for a code that is not the importer's
     */
    public static Optional<ImportKind> kind(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return ImportCode.of(finding.code()).map(ImportCode::kind);
    }

    /**
     * Returns the findings of one kind.
     *
     * @param kind the kind, not null
     * @return the findings in report order, never null
     */
    public List<Finding> findings(ImportKind kind) {
        Objects.requireNonNull(kind, "kind");
        return findings.stream().filter(finding -> kind(finding).equals(Optional.of(kind)))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the number of findings of one kind.
     *
     * @param kind the kind, not null
     * @return the count
     */
    public int count(ImportKind kind) {
        return findings(kind).size();
    }

    /**
     * Returns whether some source text was not mapped.
     *
     * @return true if there is an {@link ImportKind#UNMAPPED} finding
     */
    public boolean hasUnmapped() {
        return count(ImportKind.UNMAPPED) > 0;
    }

    /**
     * Returns the report as text, one finding a line (line, kind, code, message and the quoted source),
     * then a summary line.
     *
     * @param language the language of the messages and kinds, not null
     * @return the text, ending with a line break, never null
     */
    public String format(Language language) {
        Objects.requireNonNull(language, "language");
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(format(finding, language)).append('\n');
        }
        text.append(summary(language)).append('\n');
        return text.toString();
    }

    /**
     * Returns one finding of the importer as one line of a report:
     * {@code "dòng 12: GUESSED TASK_KIND_INFERRED: … — \"- Tổ chức hội nghị …\""}.
     *
     * @param finding the finding, not null
     * @param language the language of the message, not null
     * @return the line, never null
     */
    public static String format(Finding finding, Language language) {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(language, "language");
        String where = finding.line().isEmpty() ? (language == Language.VI ? "toàn văn bản" : "whole document")
                : (language == Language.VI ? "dòng " : "line ") + finding.line().getAsInt();
        String kind = kind(finding).map(ImportKind::name).orElse(finding.severity().name());
        return where + ": " + kind + " " + finding.code() + ": " + finding.message(language)
                + finding.source().map(source -> " — \"" + source + "\"").orElse("");
    }

    /**
     * Returns the one-line summary: how many findings of each kind.
     *
     * @param language the language, not null
     * @return the summary, never null
     */
    public String summary(Language language) {
        Objects.requireNonNull(language, "language");
        long unmapped = count(ImportKind.UNMAPPED);
        long guessed = count(ImportKind.GUESSED);
        long defaulted = count(ImportKind.DEFAULTED);
        return language == Language.VI
                ? unmapped + " không ánh xạ được, " + guessed + " suy đoán, " + defaulted + " mặc định"
                : unmapped + " unmapped, " + guessed + " guessed, " + defaulted + " defaulted";
    }
}
