package vn.campaign.importer.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of the source, with its Markdown markup taken off. Markdown is read by {@link
 * MarkdownLines} (commonmark-java); plain text (and the text of a Word document) by {@link
 * #split(String, boolean)} here. Not part of the API.
 *
 * @param number the 1-based line number
 * @param raw the line as written (NFC)
 * @param text the line without heading marks, emphasis, bullet marker and escapes; spaces collapsed; a
 *     table row's cells that are not empty joined by " | "
 * @param folded {@link Fold#fold(String)} of {@code text}
 * @param bullet whether the line is a bullet ("- ", "+ ", "* ", "• ", "– ")
 * @param lead the text of a leading emphasis span ("**1. Mục đích:**"), or empty
 * @param cells the cells of a table row ("| 1 | Tổ chức hội nghị | Quý I/2026 | … |"), or empty for a line
 *     that is not one
 */
record SourceLine(int number, String raw, String text, String folded, boolean bullet, String lead,
        List<String> cells) {

    /** Copies the cells. */
    SourceLine {
        cells = List.copyOf(cells);
    }

    /** A line that is not a table row. */
    SourceLine(int number, String raw, String text, String folded, boolean bullet, String lead) {
        this(number, raw, text, folded, bullet, lead, List.of());
    }

    /** A line of rule characters only ("-----", "___"): layout. */
    private static final Pattern RULE = Pattern.compile("[-_*=—–\\s]{3,}");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n|\u2028|\u2029");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern BULLET = Pattern.compile("^(?:[-+•–—▪●]|\\*(?!\\*))\\s+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|])");
    /** The line under a table's header row: "|---|:---:|". */
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^\\|?(?: ?:?-+:? ?\\|)+(?: ?:?-+:? ?)?$");

    /** Whether the line has no text, or is a horizontal rule. */
    boolean isLayout() {
        return text.isEmpty() || RULE.matcher(text).matches();
    }

    /**
     * Splits a document into lines, NFC-normalised; Markdown is read by {@link MarkdownLines}.
     *
     * @param document the text, not null
     * @param markdown whether to read Markdown markup
     * @return the lines, numbered from 1
     */
    static List<SourceLine> split(String document, boolean markdown) {
        if (markdown) {
            return MarkdownLines.split(document);
        }
        String[] rawLines = rawLines(document);
        List<SourceLine> lines = new ArrayList<>(rawLines.length);
        for (int i = 0; i < rawLines.length; i++) {
            lines.add(of(i + 1, rawLines[i], false));
        }
        return lines;
    }

    /** The lines of a document, NFC-normalised, without a byte order mark, at any line break. */
    static String[] rawLines(String document) {
        String text = Normalizer.normalize(document, Normalizer.Form.NFC);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return LINE_BREAK.split(text, -1);
    }

    /**
     * A table row of plain text, "| 1 | Tổ chức hội nghị | Quý I/2026 |": its cells; a delimiter row
     * ("|---|---|") is a row of no cells, so layout.
     */
    private static SourceLine tableRow(int number, String raw, String line) {
        if (TABLE_DELIMITER.matcher(line).matches()) {
            return new SourceLine(number, raw.strip(), "", "", false, "");
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
            cells.add(SPACES.matcher(cell).replaceAll(" ").strip());
        }
        return row(number, raw, cells);
    }

    /** A table row with its cells; its text is the cells that are not empty, joined by " | ". */
    static SourceLine row(int number, String raw, List<String> cells) {
        String text = String.join(" | ", cells.stream().filter(cell -> !cell.isEmpty()).toList());
        return new SourceLine(number, raw.strip(), text, Fold.fold(text), false, "", cells);
    }

    static SourceLine of(int number, String raw, boolean markdown) {
        String line = SPACES.matcher(raw).replaceAll(" ").strip();
        if (!markdown && line.length() > 2 && line.startsWith("|") && line.endsWith("|")) {
            return tableRow(number, raw, line);
        }
        if (markdown) {
            line = HEADING_MARK.matcher(line).replaceFirst("");
            if (line.startsWith(">")) {
                line = line.substring(1).strip();
            }
        }
        boolean bullet = false;
        var bulletMatch = BULLET.matcher(line);
        if (bulletMatch.find()) {
            bullet = true;
            line = line.substring(bulletMatch.end());
        }
        String lead = "";
        if (markdown) {
            String[] cleaned = stripEmphasis(line);
            line = cleaned[0];
            lead = cleaned[1];
            line = ESCAPE.matcher(line).replaceAll("$1");
            lead = ESCAPE.matcher(lead).replaceAll("$1");
            line = SPACES.matcher(line).replaceAll(" ").strip();
            lead = SPACES.matcher(lead).replaceAll(" ").strip();
        }
        return new SourceLine(number, raw.strip(), line, Fold.fold(line), bullet, lead);
    }

    /** Returns the text without '*' and edge '_' runs, and the text of a leading emphasis span. */
    private static String[] stripEmphasis(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int leadEnd = -1;
        boolean startsEmphasised = !line.isEmpty() && (line.charAt(0) == '*' || line.charAt(0) == '_');
        int runs = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '*' || c == '_' && isEdge(line, i)) {
                int j = i;
                while (j < line.length() && line.charAt(j) == c) {
                    j++;
                }
                runs++;
                if (startsEmphasised && runs == 2 && leadEnd < 0) {
                    leadEnd = out.length();
                }
                i = j;
                continue;
            }
            out.append(c);
            i++;
        }
        String text = out.toString();
        String lead = "";
        if (startsEmphasised) {
            lead = leadEnd < 0 ? text : text.substring(0, leadEnd);
        }
        return new String[] {text, lead};
    }

    /** Whether an underscore run at {@code i} touches the start or end of a word (is markup). */
    private static boolean isEdge(String line, int i) {
        int start = i;
        int end = i;
        while (end < line.length() && line.charAt(end) == '_') {
            end++;
        }
        boolean before = start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1));
        boolean after = end == line.length() || !Character.isLetterOrDigit(line.charAt(end));
        return before || after;
    }
}
