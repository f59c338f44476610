package vn.campaign.importer;

import java.util.Objects;
import vn.campaign.model.Language;

/**
 * One entry of an {@link ImportReport}: a piece of source text the importer did not map, or mapped
 * by a guess or a default, with where it is and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line of the source text (for DOCX, the line of the extracted text, one
 *     paragraph or table cell paragraph a line); 0 when the note is about the document as a whole
 * @param source the source text concerned, as written (NFC); not null, empty for a note about the
 *     whole document
 * @param code why; not null
 */
public record ImportNote(int line, String source, ImportNoteCode code) {

    /**
     * Checks the values.
     *
     * @param line the line, not negative
     * @param source the text, not null
     * @param code the code, not null
     * @throws IllegalArgumentException if the line is negative
     */
    public ImportNote {
        if (line < 0) {
            throw new IllegalArgumentException("line is negative: " + line);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
    }

    /**
     * Returns the kind of the note, the kind of its code.
     *
     * @return the kind, never null
     */
    public ImportNoteKind kind() {
        return code.kind();
    }

    /**
     * Returns the reason in a language.
     *
     * @param language the language, not null
     * @return the reason, never null
     */
    public String message(Language language) {
        return code.label(language);
    }

    /**
     * Returns the note as one line of a report: line, kind, code, reason and the quoted source.
     *
     * @param language the language of the reason and kind, not null
     * @return the line, never null
     */
    public String format(Language language) {
        Objects.requireNonNull(language, "language");
        String where = line == 0 ? (language == Language.VI ? "toàn văn bản" : "whole document")
                : (language == Language.VI ? "dòng " : "line ") + line;
        return where + ": " + kind().name() + " " + code.name() + ": " + message(language)
                + (source.isEmpty() ? "" : " — \"" + source + "\"");
    }
}
