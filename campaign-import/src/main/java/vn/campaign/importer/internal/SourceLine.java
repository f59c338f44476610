package vn.campaign.importer.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of the source, with its Markdown markup taken off. Not part of the API.
 *
 * @param number the 1-based line number
 * @param raw the line as written (NFC)
 * @param text the line without heading marks, emphasis, bullet marker and escapes; spaces collapsed
 * @param folded {@link Fold#fold(String)} of {@code text}
 * @param bullet whether the line is a bullet ("- ", "+ ", "* ", "• ", "– ")
 * @param lead the text of a leading emphasis span ("**1. Mục đích:**"), or empty
 */
record SourceLine(int number, String raw, String text, String folded, boolean bullet, String lead) {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n|\u2028|\u2029");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern BULLET = Pattern.compile("^(?:[-+•–—▪●]|\\*(?!\\*))\\s+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|])");

    /** Whether the line has no text, or is a horizontal rule. */
    boolean isLayout() {
        return text.isEmpty() || text.matches("[-_*=—–\\s]{3,}");
    }

    /**
     * Splits a document into lines, NFC-normalised; in Markdown mode the markup is taken off.
     *
     * @param document the text, not null
     * @param markdown whether to read Markdown markup
     * @return the lines, numbered from 1
     */
    static List<SourceLine> split(String document, boolean markdown) {
        String text = Normalizer.normalize(document, Normalizer.Form.NFC);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rawLines = LINE_BREAK.split(text, -1);
        List<SourceLine> lines = new ArrayList<>(rawLines.length);
        for (int i = 0; i < rawLines.length; i++) {
            lines.add(of(i + 1, rawLines[i], markdown));
        }
        return lines;
    }

    static SourceLine of(int number, String raw, boolean markdown) {
        String line = SPACES.matcher(raw).replaceAll(" ").strip();
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
