package vn.campaign.importer.internal;

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
     * @return the result, never null
     */
    public static ImportResult read(String document, boolean markdown) {
        return PlanInterpreter.interpret(StructureReader.read(document, markdown));
    }
}
