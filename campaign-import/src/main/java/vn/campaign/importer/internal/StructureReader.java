package vn.campaign.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first pass of the import: finds the {@link Structure} of a document in its lines, in one walk
 * through the zones of a plan (header, title, preamble, body, "Nơi nhận", signature, annexes). It reads
 * text conventions only (Decree 30/2020/NĐ-CP as the Front adapts it, {@code docs/import.md}):
 * capitals, "Số:", "…, ngày … tháng … năm …", the title word ("KẾ HOẠCH", "HƯỚNG DẪN" …, also broken
 * over lines by Word), Roman, Arabic and lettered numbering, chapters and articles, "Nơi nhận", "TM.",
 * "PHỤ LỤC"; headings are matched on folded text, so with or without diacritics and in any case. It
 * knows nothing of the plan model and writes no notes.
 *
 * <p>Its input is a list of {@link SourceLine}s, so a reader of another syntax only has to give those.
 * Each call uses its own state, so the class is thread-safe. Not part of the API.
 */
final class StructureReader {

    /** "Số: 12/KH-MTTQ-BTT …"; group 1 is what follows (folded text). */
    static final Pattern NUMBER_LINE = Pattern.compile("^so ?(?::|\\.)? ?(.*)$");
    /** "Kon Rẫy, ngày 05 tháng 01 năm 2024": place, day, month, year (folded text). */
    static final Pattern PLACE_DATE = Pattern.compile("^(.{2,60}?), ngay ([0-9]{1,2}|\\s*) ?(?:/|-|thang)"
            + " ?([0-9]{1,2}|\\s*) ?(?:/|-|nam) ?([0-9]{4})");
    /** "TM. BAN THƯỜNG TRỰC": the signing authority and on whose behalf. */
    static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\. ?(.*)$");

    private static final Pattern NUMBER_COLON = Pattern.compile("^so ?[:.].*");
    private static final Pattern LETTER = Pattern.compile("[a-zđ]");
    /**
     * A part number "1", "1.2", "2.1.3": at most ten levels, since a repeated group recurses once per
     * repetition in the JDK's engine and a long line "1.1.1.…" ran it out of stack.
     */
    private static final Pattern ARABIC_NUMBER = Pattern.compile("[0-9]{1,2}(?:\\.[0-9]{1,2}){0,9}");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern ROMAN = Pattern.compile("^([IVXivx]{1,4}) ?[.)/:-] ?(\\p{L}.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^([0-9]{1,2}(?:\\.[0-9]{1,2}){0,9})(?:([.)]) ?| )(\\p{L}.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\) ?(\\p{L}.*)$");
    /** "…, ngày … tháng … năm …": the place and date left blank, as in a draft or a rendered plan. */
    private static final Pattern BLANK_PLACE_DATE =
            Pattern.compile("^[.…_ ]*, ngay [.…_ ]* thang [.…_ ]* nam [.…_ 0-9]*$");
    private static final Pattern RECIPIENTS = Pattern.compile("^noi nhan ?:? ?(.*)$");
    private static final Pattern SIGNED = Pattern.compile("^\\(?(?:da ky|ky ten|ky, ghi ro ho ten|ky va dong dau"
            + "|ky, dong dau)[^)]*\\)?\\.?$");
    private static final Pattern NATIONAL = Pattern.compile("^(cong hoa xa hoi chu nghia viet nam"
            + "|doc lap ?[-–—] ?tu do ?[-–—] ?hanh phuc|mat tran to quoc viet nam)$");
    /** The national title as a Word export may break it ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), folded. */
    private static final String NATIONAL_TITLE = " cong hoa xa hoi chu nghia viet nam ";
    /**
     * The title word of a Front document on a line of its own ("KẾ HOẠCH", "HƯỚNG DẪN", "CHƯƠNG TRÌNH",
     * "QUY CHẾ" …), folded; the word decides the document type.
     */
    static final Pattern TYPE_WORD = Pattern.compile("^(ke hoach(?: lien tich)?|huong dan|chuong trinh(?: phoi hop)?"
            + "|quy che(?: phoi hop)?|quy dinh|thong tri|nghi quyet|quyet dinh|chi thi|bao cao|thong bao|phuong an|de an"
            + "|to trinh|ket luan)$");
    /** The first word of a title word of two words or more, alone on its line ("KẾ", "HƯỚNG") (folded). */
    private static final Pattern TYPE_WORD_START = Pattern.compile("^(?:ke|huong|chuong|quy|thong|nghi|quyet|chi|bao"
            + "|phuong|de|to)$");
    /** A line that goes on with the title: a period ("Giai đoạn 2020 – 2022", "nhiệm kỳ …", "năm 2024"). */
    private static final Pattern TITLE_PERIOD = Pattern.compile("^(?:giai doan|nhiem ky|khoa [ivxl]+|nam [0-9]{4}"
            + "|tu ngay|thoi gian thuc hien)(?![a-z])");
    /** "2017-2021", "2024": years on a line of their own, the end of a title Word broke. */
    private static final Pattern YEARS_LINE = Pattern.compile("^[0-9]{4}(?: ?[-–—] ?[0-9]{4})?$");
    /** "Trên đây là Kế hoạch …", "Trên đây là Hướng dẫn …": the closing sentence. */
    private static final Pattern CLOSING = Pattern.compile("^tren day la (?:ke hoach|huong dan|chuong trinh|quy che"
            + "|quy dinh|thong tri|noi dung)");
    /** "PHỤ LỤC", "PHỤ BIỂU", "PHỤ LỤC I", "PHỤ LỤC SỐ 01: …": an annex after the body (folded). */
    private static final Pattern ANNEX = Pattern.compile("^(?:phu luc|phu bieu)(?: (?:so )?[0-9ivx]{1,4})?(?: ?[:.-] ?.*)?$");
    /** "Chương I", "Chương II. NHỮNG QUY ĐỊNH CHUNG": a chapter of a regulation (folded). */
    private static final Pattern CHAPTER = Pattern.compile("^chuong ([ivx]{1,5}|[0-9]{1,2})(?: ?[.:-]? ?(.+))?$");
    /** "Điều 1. Nguyên tắc phối hợp": an article of a regulation (folded). */
    private static final Pattern ARTICLE = Pattern.compile("^dieu ([0-9]{1,3}) ?[.:] ?(.*)$");
    private static final String[] ROMAN_NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private enum Zone { HEAD, ABSTRACT, PREAMBLE, BODY, RECIPIENTS, SIGNATURE, ANNEX }

    /** A part while its body is still being read. */
    private static final class OpenPart {
        final SourceLine line;
        final String number;
        /** The heading; empty while it is awaited on the next line ("Chương I" / "NHỮNG QUY ĐỊNH CHUNG"). */
        String heading;
        final int depth;
        final boolean placed;
        final boolean annex;
        final List<Structure.BodyText> body = new ArrayList<>();
        final List<OpenPart> parts = new ArrayList<>();

        OpenPart(SourceLine line, String number, String heading, int depth, boolean placed, boolean annex) {
            this.line = line;
            this.number = number;
            this.heading = heading;
            this.depth = depth;
            this.placed = placed;
            this.annex = annex;
        }

        OpenPart(SourceLine line, String number, String heading, int depth, boolean placed) {
            this(line, number, heading, depth, placed, false);
        }

        Structure.Part close() {
            return new Structure.Part(line, number, heading.isEmpty() ? number : heading, depth, placed, body,
                    parts.stream().map(OpenPart::close).toList(), annex);
        }
    }

    private final List<SourceLine> lines = new ArrayList<>();
    private final List<SourceLine> header = new ArrayList<>();
    private final List<SourceLine> outside = new ArrayList<>();
    private final List<SourceLine> title = new ArrayList<>();
    private final List<SourceLine> references = new ArrayList<>();
    private final List<SourceLine> preamble = new ArrayList<>();
    private final List<SourceLine> recipients = new ArrayList<>();
    private final List<SourceLine> signature = new ArrayList<>();
    private final List<OpenPart> parts = new ArrayList<>();
    /** The parts open at the current line, outermost first. */
    private final List<OpenPart> stack = new ArrayList<>();
    private Optional<SourceLine> number = Optional.empty();
    private Optional<SourceLine> placeDate = Optional.empty();
    private Optional<SourceLine> blankPlaceDate = Optional.empty();
    private Optional<SourceLine> documentType = Optional.empty();
    private Optional<SourceLine> closing = Optional.empty();
    /** The first word of a title word on a line of its own ("KẾ"), while the next line may end it. */
    private Optional<SourceLine> typeWordStart = Optional.empty();

    private StructureReader() {
    }

    /**
     * Splits a document into lines ({@link SourceLine#split(String, boolean)}) and finds its structure.
     *
     * @param document the text, not null
     * @param markdown whether to read Markdown markup (headings, emphasis, escapes)
     * @return the structure, never null
     */
    static Structure read(String document, boolean markdown) {
        return read(SourceLine.split(document, markdown));
    }

    /**
     * Finds the structure of a document's lines.
     *
     * @param lines the lines, in document order, not null
     * @return the structure, never null
     */
    static Structure read(List<SourceLine> lines) {
        return new StructureReader().run(lines);
    }

    private Structure run(List<SourceLine> source) {
        Zone zone = Zone.HEAD;
        for (SourceLine line : source) {
            if (!line.isLayout()) {
                lines.add(line);
                zone = accept(line, zone);
            }
        }
        typeWordStart.ifPresent(header::add);
        return new Structure(lines, header, number, placeDate, blankPlaceDate, documentType, title, references,
                preamble, parts.stream().map(OpenPart::close).toList(), closing, recipients, signature, outside);
    }

    private Zone accept(SourceLine line, Zone zone) {
        String text = line.text();
        String folded = line.folded();
        if (zone == Zone.ANNEX) {
            return annex(line);
        }
        if ((zone == Zone.BODY || zone == Zone.RECIPIENTS || zone == Zone.SIGNATURE) && isUpper(text)
                && ANNEX.matcher(folded).matches()) {
            return annex(line);
        }
        if (!stack.isEmpty() && stack.get(stack.size() - 1).heading.isEmpty()) {
            // the heading of a chapter, on the line after "Chương I"
            OpenPart chapter = stack.get(stack.size() - 1);
            if (isUpper(text)) {
                chapter.heading = text;
                return Zone.BODY;
            }
            chapter.heading = chapter.number;
        }
        Matcher recipientsLine = RECIPIENTS.matcher(folded);
        if (recipientsLine.matches() && zone != Zone.HEAD) {
            String rest = text.substring(recipientsLine.start(1)).strip();
            if (!rest.isEmpty()) {
                recipients.add(new SourceLine(line.number(), line.raw(), rest, Fold.fold(rest), true, ""));
            }
            return Zone.RECIPIENTS;
        }
        if (zone != Zone.HEAD && AUTHORITY.matcher(text).matches() && isUpper(text)) {
            signature.add(line);
            return Zone.SIGNATURE;
        }
        if (CLOSING.matcher(folded).find() && zone != Zone.HEAD) {
            closing = Optional.of(line);
            return zone;
        }
        switch (zone) {
            case HEAD:
                return head(line);
            case ABSTRACT:
                if (CHAPTER.matcher(folded).matches()) {
                    return body(line);
                }
                if (isReference(line)) {
                    references.add(line);
                    return Zone.PREAMBLE;
                }
                if (ROMAN.matcher(text).matches() || NUMBERED.matcher(text).matches() && !line.bullet()
                        && !title.isEmpty()) {
                    return body(line);
                }
                if (title.isEmpty() || continuesTitle(line)) {
                    title.add(line);
                    return Zone.ABSTRACT;
                }
                preamble.add(line);
                return Zone.PREAMBLE;
            case PREAMBLE:
                if (ROMAN.matcher(text).matches() || NUMBERED.matcher(text).matches() && !line.bullet()
                        || CHAPTER.matcher(folded).matches()) {
                    return body(line);
                }
                if (isReference(line)) {
                    references.add(line);
                } else {
                    preamble.add(line);
                }
                return Zone.PREAMBLE;
            case BODY:
                return body(line);
            case RECIPIENTS:
                if (!line.bullet() && isUpper(text) && !recipients.isEmpty()) {
                    signature.add(line);
                    return Zone.SIGNATURE;
                }
                recipients.add(line);
                return Zone.RECIPIENTS;
            default:
                if (SIGNED.matcher(folded).matches()) {
                    return zone;
                }
                signature.add(line);
                return Zone.SIGNATURE;
        }
    }

    private Zone head(SourceLine line) {
        String folded = line.folded();
        if (typeWordStart.isPresent()) {
            // the title word broken over two lines by Word: "KẾ" / "HOẠCH"
            SourceLine start = typeWordStart.get();
            typeWordStart = Optional.empty();
            String joined = start.text() + " " + line.text();
            if (TYPE_WORD.matcher(Fold.fold(joined)).matches()) {
                documentType = Optional.of(new SourceLine(start.number(), start.raw(), joined, Fold.fold(joined), false,
                        ""));
                return Zone.ABSTRACT;
            }
            header.add(start);
        }
        if (NATIONAL.matcher(folded).matches() || isPartOfNationalTitle(folded)) {
            return Zone.HEAD;
        }
        if (TYPE_WORD.matcher(folded).matches()) {
            documentType = Optional.of(line);
            return Zone.ABSTRACT;
        }
        if (isUpper(line.text()) && TYPE_WORD_START.matcher(folded).matches()) {
            typeWordStart = Optional.of(line);
            return Zone.HEAD;
        }
        if (NUMBER_LINE.matcher(folded).matches() && number.isEmpty() && NUMBER_COLON.matcher(folded).matches()) {
            number = Optional.of(line);
            return Zone.HEAD;
        }
        if (PLACE_DATE.matcher(folded).find()) {
            placeDate = Optional.of(line);
            return Zone.HEAD;
        }
        if (BLANK_PLACE_DATE.matcher(folded).matches() && placeDate.isEmpty()) {
            placeDate = Optional.of(line);
            blankPlaceDate = Optional.of(line);
            return Zone.HEAD;
        }
        if (ROMAN.matcher(line.text()).matches()) {
            return body(line);
        }
        if (isReference(line)) {
            references.add(line);
            return Zone.PREAMBLE;
        }
        if (isUpper(line.text())) {
            header.add(line);
        } else {
            outside.add(line);
        }
        return Zone.HEAD;
    }

    /**
     * Whether a line goes on with the title: it starts in lower case, is in capitals (a title Word
     * broke over lines: "PHỐI" / "HỢP CÔNG TÁC …"), is years alone ("2017-2021") or names a period
     * ("Giai đoạn 2020 – 2022").
     */
    private static boolean continuesTitle(SourceLine line) {
        String text = line.text();
        return Character.isLowerCase(text.codePointAt(0)) || YEARS_LINE.matcher(text).matches() || isUpper(text)
                || TITLE_PERIOD.matcher(line.folded()).find();
    }

    /** Whether a line is a piece of the national title broken over lines: "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
    private static boolean isPartOfNationalTitle(String folded) {
        return folded.length() >= 4 && (folded.startsWith("cong") || folded.endsWith("viet nam"))
                && NATIONAL_TITLE.contains(" " + folded + " ");
    }

    /** Whether a line is a reference: "Thực hiện …" or "Căn cứ …" naming a document. */
    private static boolean isReference(SourceLine line) {
        return (line.folded().startsWith("thuc hien ") || line.folded().startsWith("can cu "))
                && References.namesDocument(line.text());
    }

    private static boolean isUpper(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(VI));
    }

    private Zone body(SourceLine line) {
        String text = line.text();
        Matcher chapter = CHAPTER.matcher(line.folded());
        if (!line.bullet() && chapter.matches()) {
            String number = text.substring(0, chapter.end(1)).strip();
            String heading = chapter.group(2) == null ? "" : text.substring(chapter.start(2)).strip();
            OpenPart part = new OpenPart(line, number, heading, 0, false);
            parts.add(part);
            stack.clear();
            stack.add(part);
            return Zone.BODY;
        }
        Matcher article = ARTICLE.matcher(line.folded());
        if (!line.bullet() && article.matches()) {
            String number = text.substring(0, article.end(1)).strip();
            String[] split = splitHeading(line, text.substring(article.start(2)), article.start(2));
            // an article is a part of its chapter, never of the article before it
            openSubpart(line, number, 1, split);
            return Zone.BODY;
        }
        Matcher roman = ROMAN.matcher(text);
        if (!line.bullet() && roman.matches() && romanValue(roman.group(1)) > 0) {
            String[] split = splitHeading(line, roman.group(2), roman.start(2));
            OpenPart part = new OpenPart(line, roman.group(1).toUpperCase(Locale.ROOT), split[0], 0, false);
            parts.add(part);
            stack.clear();
            stack.add(part);
            addInline(part, line, split[1]);
            return Zone.BODY;
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (!line.bullet() && numbered.matches() && (numbered.group(1).contains(".") || numbered.group(2) != null)) {
            String partNumber = numbered.group(1);
            // under Roman sections "1." is depth 1 and "1.1" depth 2; under Arabic ones ("3.", then "3.1")
            // the first component is the section's own
            int depth = partNumber.split("\\.").length - (isArabicTopLevel() && !isSiblingOfTopLevel(partNumber) ? 1 : 0);
            String[] split = splitHeading(line, numbered.group(3), numbered.start(3));
            openSubpart(line, partNumber, depth, split);
            return Zone.BODY;
        }
        Matcher lettered = LETTERED.matcher(text);
        if (!line.bullet() && lettered.matches() && !stack.isEmpty()) {
            String[] split = splitHeading(line, lettered.group(2), lettered.start(2));
            // "b)" after "a)" is its sibling, not its part
            boolean afterLetter = stack.size() > 1 && LETTER.matcher(stack.get(stack.size() - 1).number).matches();
            openSubpart(line, lettered.group(1), stack.size() - (afterLetter ? 1 : 0), split);
            return Zone.BODY;
        }
        if (stack.isEmpty()) {
            outside.add(line);
        } else {
            stack.get(stack.size() - 1).body.add(new Structure.BodyText(line, text));
        }
        return Zone.BODY;
    }

    /**
     * A line of an annex: "PHỤ LỤC" opens one, whose heading is the next line; every other line is its
     * body as written (an annex restates, lists and tabulates; its numbering is not the plan's).
     */
    private Zone annex(SourceLine line) {
        if (isUpper(line.text()) && ANNEX.matcher(line.folded()).matches()) {
            OpenPart part = new OpenPart(line, line.text(), "", 0, false, true);
            parts.add(part);
            stack.clear();
            stack.add(part);
            return Zone.ANNEX;
        }
        OpenPart part = stack.get(stack.size() - 1);
        if (part.heading.isEmpty()) {
            part.heading = line.text();
        } else {
            part.body.add(new Structure.BodyText(line, line.text()));
        }
        return Zone.ANNEX;
    }

    /** Opens a numbered part under the part its depth asks for, or the deepest open; top-level if none is. */
    private void openSubpart(SourceLine line, String partNumber, int depth, String[] split) {
        if (stack.isEmpty() || isSiblingOfTopLevel(partNumber)) {
            stack.clear();
            OpenPart part = new OpenPart(line, partNumber, split[0], 0, false);
            parts.add(part);
            stack.add(part);
            addInline(part, line, split[1]);
            return;
        }
        int parentIndex = Math.min(depth - 1, stack.size() - 1);
        OpenPart parent = stack.get(parentIndex);
        while (stack.size() > parentIndex + 1) {
            stack.remove(stack.size() - 1);
        }
        OpenPart part = new OpenPart(line, partNumber, split[0], depth, parentIndex < depth - 1);
        parent.parts.add(part);
        stack.add(part);
        addInline(part, line, split[1]);
    }

    /**
     * Whether a number opens a new top-level part: the document numbers its top-level parts in Arabic
     * ("1. Mục đích", "2. Yêu cầu", "3. Quy trình …") and the number has as many components as theirs.
     */
    private boolean isSiblingOfTopLevel(String partNumber) {
        return isArabicTopLevel() && ARABIC_NUMBER.matcher(partNumber).matches()
                && stack.get(0).number.split("\\.").length == partNumber.split("\\.").length;
    }

    /** Whether the open top-level part is numbered in Arabic ("3. Quy trình giới thiệu"), not Roman. */
    private boolean isArabicTopLevel() {
        return !stack.isEmpty() && stack.get(0).depth == 0 && ARABIC_NUMBER.matcher(stack.get(0).number).matches();
    }

    private static void addInline(OpenPart part, SourceLine line, String body) {
        if (!body.isEmpty()) {
            part.body.add(new Structure.BodyText(line, body));
        }
    }

    /** Splits "Mục đích: Tiếp tục …" into heading and inline body; the heading loses its end colon. */
    private static String[] splitHeading(SourceLine line, String rest, int restStart) {
        String heading = rest;
        String body = "";
        String lead = line.lead();
        if (!lead.isEmpty() && lead.length() < line.text().length() && lead.length() > restStart
                && line.text().startsWith(lead)) {
            heading = lead.substring(restStart);
            body = line.text().substring(lead.length()).strip();
        } else if (lead.isEmpty() || lead.length() >= line.text().length()) {
            int colon = rest.indexOf(':');
            if (colon > 0 && colon < rest.length() - 1 && rest.substring(0, colon).strip().split(" ").length <= 8) {
                heading = rest.substring(0, colon);
                body = rest.substring(colon + 1).strip();
            }
        }
        heading = Fold.stripTrailing(heading.strip(), ":：").strip();
        return new String[] {heading, body};
    }

    private static int romanValue(String roman) {
        String r = roman.toUpperCase(Locale.ROOT);
        for (int i = 0; i < ROMAN_NUMERALS.length; i++) {
            if (ROMAN_NUMERALS[i].equals(r)) {
                return i + 1;
            }
        }
        return 0;
    }
}
