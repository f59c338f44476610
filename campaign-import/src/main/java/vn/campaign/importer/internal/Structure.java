package vn.campaign.importer.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structure of a plan document as {@link StructureReader} finds it: which lines are the header
 * block, the title, the references, the preamble, the numbered parts and their bodies, the closing
 * sentence, "Nơi nhận" and the signature block. Each element keeps its {@link SourceLine}, so its line
 * number. Nothing here is interpreted: no kinds, ids, actors or dates, and no notes; the second pass
 * ({@code PlanInterpreter}) does that. Immutable and thread-safe; not part of the API.
 *
 * @param lines every line with text, in document order (layout lines and rules left out)
 * @param header the header block's lines in capitals ("BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM HUYỆN
 *     …"); the national and Front headings left out
 * @param number the "Số: …" line
 * @param placeDate the header's place-and-date line ("Kon Rẫy, ngày 05 tháng 01 năm 2024"): the last
 *     one found, a line with place and date left blank counting only when none came before it
 * @param blankPlaceDate the place-and-date line left blank ("…, ngày … tháng … năm …"), when one
 *     counted (see {@code placeDate})
 * @param documentType the line that names the document type, "KẾ HOẠCH"
 * @param title the lines of the title (the abstract) after the document type
 * @param references the "Thực hiện …" and "Căn cứ …" lines that name a document
 * @param preamble the lines of the preamble, before the first part
 * @param parts the top-level parts ("I. MỤC ĐÍCH, YÊU CẦU"), with their subparts
 * @param closing the closing sentence ("Trên đây là Kế hoạch …"), the last one found
 * @param recipients the lines of "Nơi nhận", one recipient a line; the text after "Nơi nhận:" on its
 *     own line is the first
 * @param signature the lines of the signature block, as written ("TM. …", title, name, …); "(đã ký)"
 *     marks left out
 * @param outside the lines that fit nowhere in the structure
 */
record Structure(List<SourceLine> lines, List<SourceLine> header, Optional<SourceLine> number,
        Optional<SourceLine> placeDate, Optional<SourceLine> blankPlaceDate, Optional<SourceLine> documentType,
        List<SourceLine> title, List<SourceLine> references, List<SourceLine> preamble, List<Part> parts,
        Optional<SourceLine> closing, List<SourceLine> recipients, List<SourceLine> signature,
        List<SourceLine> outside) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component is null
     */
    Structure {
        lines = List.copyOf(lines);
        header = List.copyOf(header);
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(placeDate, "placeDate");
        Objects.requireNonNull(blankPlaceDate, "blankPlaceDate");
        Objects.requireNonNull(documentType, "documentType");
        title = List.copyOf(title);
        references = List.copyOf(references);
        preamble = List.copyOf(preamble);
        parts = List.copyOf(parts);
        Objects.requireNonNull(closing, "closing");
        recipients = List.copyOf(recipients);
        signature = List.copyOf(signature);
        outside = List.copyOf(outside);
    }

    /**
     * Whether the document has no line with text.
     *
     * @return whether it is empty
     */
    boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * A numbered part of the body: a section ("II. NỘI DUNG"), or a subpart of one ("1. Mục đích",
     * "1.2 …", "a) …"), with the text under it up to the next part.
     *
     * @param line the heading's line
     * @param number the number as written ("II", "1", "1.2", "a", "Chương I", "Điều 1", "PHỤ LỤC"), Roman
     *     numerals in capitals
     * @param heading the heading, without its number, its trailing colon and any text after it
     * @param depth 0 for a top-level part; for a subpart, the depth its number asks for ("1.2" is 2,
     *     "a)" one below the part it is in)
     * @param placed whether the number asked for a deeper place than the parts open allowed, so the
     *     subpart was placed under the deepest one open
     * @param body the text under the heading, in order: the text after the heading on its own line,
     *     then the lines up to the next part
     * @param parts the subparts, in order
     * @param annex whether the part is an annex ("PHỤ LỤC", "PHỤ BIỂU") after the body, whose lines are
     *     its body as written, without parts
     */
    record Part(SourceLine line, String number, String heading, int depth, boolean placed, List<BodyText> body,
            List<Part> parts, boolean annex) {

        /**
         * Copies the lists.
         *
         * @throws NullPointerException if a component is null
         */
        Part {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(heading, "heading");
            body = List.copyOf(body);
            parts = List.copyOf(parts);
        }
    }

    /**
     * Text of a part's body: a line, or the part of a heading line after the heading.
     *
     * @param line the line it is on
     * @param text the text
     */
    record BodyText(SourceLine line, String text) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        BodyText {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(text, "text");
        }
    }
}
