package vn.campaign.importer.internal;

import vn.campaign.importer.ImportLimitException;
import vn.campaign.importer.ImportLimits;
import vn.campaign.importer.ImportResult;

/**
 * Reads the text of a plan into the model in two passes: {@link StructureReader} finds the structure
 * (header, title, references, preamble, numbered parts, "Nơi nhận", signature), then {@link
 * PlanInterpreter} interprets it in document order. Stateless and thread-safe. Not part of the API.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * Reads a document.
     *
     * @param document the text, not null
     * @param markdown whether to read Markdown markup (headings, emphasis, escapes)
     * @param limits the limits on length and lines, checked before anything is read
     * @return the result, never null
     * @throws ImportLimitException if the document is beyond a limit
     */
    public static ImportResult read(String document, boolean markdown, ImportLimits limits) {
        checkLength(document.length(), limits);
        checkLines(lines(document), limits);
        return PlanInterpreter.interpret(StructureReader.read(document, markdown));
    }

    /** Refuses a document longer than the limit. */
    static void checkLength(long length, ImportLimits limits) {
        if (length > limits.maxDocumentLength()) {
            throw new ImportLimitException("more than " + limits.maxDocumentLength() + " bytes or characters",
                    "maxDocumentLength", limits.maxDocumentLength());
        }
    }

    /** Refuses more lines than the limit. */
    static void checkLines(long lines, ImportLimits limits) {
        if (lines > limits.maxLines()) {
            throw new ImportLimitException("more than " + limits.maxLines() + " lines", "maxLines", limits.maxLines());
        }
    }

    /** The lines of a document as {@link SourceLine#rawLines(String)} splits them, counted without splitting. */
    static long lines(String document) {
        long lines = 1;
        int length = document.length();
        for (int i = 0; i < length; i++) {
            char c = document.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r' && (i + 1 == length || document.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
