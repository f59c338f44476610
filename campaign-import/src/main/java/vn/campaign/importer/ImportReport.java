package vn.campaign.importer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.campaign.model.Language;

/**
 * Everything an import did not map plainly: each note names a line, the source text, its kind
 * ({@link ImportNoteKind#UNMAPPED}, {@link ImportNoteKind#GUESSED} or {@link ImportNoteKind#DEFAULTED})
 * and the reason. Source lines that are in no note were mapped to the plan or are layout (blank lines,
 * rules, national motto).
 *
 * <p>Immutable and thread-safe.
 *
 * @param notes the notes, ordered by line then code; not null
 */
public record ImportReport(List<ImportNote> notes) {

    private static final Comparator<ImportNote> ORDER =
            Comparator.comparingInt(ImportNote::line).thenComparing(ImportNote::code);

    /**
     * Checks and copies the notes, sorting them by line and code.
     *
     * @param notes the notes, not null, no null element
     */
    public ImportReport {
        Objects.requireNonNull(notes, "notes");
        notes = notes.stream().map(note -> Objects.requireNonNull(note, "notes element")).sorted(ORDER)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the notes of one kind.
     *
     * @param kind the kind, not null
     * @return the notes in report order, never null
     */
    public List<ImportNote> notes(ImportNoteKind kind) {
        Objects.requireNonNull(kind, "kind");
        return notes.stream().filter(note -> note.kind() == kind).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the number of notes of one kind.
     *
     * @param kind the kind, not null
     * @return the count
     */
    public long count(ImportNoteKind kind) {
        Objects.requireNonNull(kind, "kind");
        return notes.stream().filter(note -> note.kind() == kind).count();
    }

    /**
     * Returns whether some source text was not mapped.
     *
     * @return true if there is an {@link ImportNoteKind#UNMAPPED} note
     */
    public boolean hasUnmapped() {
        return count(ImportNoteKind.UNMAPPED) > 0;
    }

    /**
     * Returns the report as text, one note a line, then a summary line.
     *
     * @param language the language of the reasons, not null
     * @return the text, ending with a line break, never null
     */
    public String format(Language language) {
        Objects.requireNonNull(language, "language");
        StringBuilder text = new StringBuilder();
        for (ImportNote note : notes) {
            text.append(note.format(language)).append('\n');
        }
        text.append(summary(language)).append('\n');
        return text.toString();
    }

    /**
     * Returns the one-line summary: how many notes of each kind.
     *
     * @param language the language, not null
     * @return the summary, never null
     */
    public String summary(Language language) {
        Objects.requireNonNull(language, "language");
        long unmapped = count(ImportNoteKind.UNMAPPED);
        long guessed = count(ImportNoteKind.GUESSED);
        long defaulted = count(ImportNoteKind.DEFAULTED);
        return language == Language.VI
                ? unmapped + " không ánh xạ được, " + guessed + " suy đoán, " + defaulted + " mặc định"
                : unmapped + " unmapped, " + guessed + " guessed, " + defaulted + " defaulted";
    }
}
