package vn.campaign.render.internal;

import java.util.List;

/**
 * Writes a {@link DocumentLayout} as Markdown whose headings follow the seed documents: the type
 * at level 2, the abstract at level 3, section I at level 4 and each deeper section one more.
 * Not API; immutable and thread-safe.
 */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    /**
     * Writes the layout.
     *
     * @param layout the layout, not null
     * @return the Markdown text, lines ending in {@code \n}, never null
     */
    public static String write(DocumentLayout layout) {
        StringBuilder out = new StringBuilder();
        StringBuilder header = new StringBuilder();
        for (String line : layout.parentBody()) {
            header.append(escapeLine(line)).append("  \n");
        }
        for (String line : layout.issuingBody()) {
            header.append(strong(line)).append("  \n");
        }
        header.append(escapeLine(layout.numberLine()));
        block(out, header.toString());
        StringBuilder motto = new StringBuilder();
        List<String> title = layout.titleLines();
        for (int i = 0; i < title.size(); i++) {
            motto.append(strong(title.get(i))).append(i < title.size() - 1 ? "  \n" : "");
        }
        block(out, motto.toString());
        String placeDate = escape(layout.placeDateLine());
        block(out, placeDate.isEmpty() ? "" : "*" + placeDate + "*");
        block(out, "## " + escape(layout.typeLine()));
        block(out, "### " + escape(layout.abstractLine()));
        block(out, "-----");
        for (String reference : layout.references()) {
            block(out, escapeLine(reference));
        }
        for (Block item : layout.body()) {
            if (item instanceof Block.Heading) {
                Block.Heading heading = (Block.Heading) item;
                block(out, "#".repeat(Math.min(3 + heading.depth(), 6)) + " " + escape(heading.line()));
            } else if (item instanceof Block.LeadParagraph) {
                Block.LeadParagraph lead = (Block.LeadParagraph) item;
                block(out, strong(lead.leadLine()) + " " + escape(lead.text()));
            } else if (item instanceof Block.Paragraph) {
                block(out, escapeLine(((Block.Paragraph) item).text()));
            } else {
                block(out, "- " + escapeLine(((Block.Bullet) item).line()));
            }
        }
        layout.closing().ifPresent(closing -> block(out, escapeLine(closing)));
        if (!layout.recipients().isEmpty()) {
            block(out, "***Nơi nhận:***");
            StringBuilder list = new StringBuilder();
            for (String recipient : layout.recipients()) {
                list.append("- ").append(escapeLine(recipient)).append('\n');
            }
            out.append(list).append('\n');
        }
        if (!layout.signatureHeads().isEmpty()) {
            // One strong emphasis over the lines, as the seed writes it; a blank line would end it early.
            // Each head after the first starts a line, so it is escaped as one.
            String heads = String.join("  \n", layout.signatureHeads().stream().map(MarkdownWriter::escapeLine)
                    .filter(head -> !head.isEmpty()).toArray(String[]::new));
            block(out, heads.isEmpty() ? "" : "**" + heads + "**");
        }
        layout.signerName().ifPresent(name -> block(out, strong(name)));
        return out.toString().stripTrailing() + "\n";
    }

    private static void block(StringBuilder out, String text) {
        out.append(text).append("\n\n");
    }

    /**
     * Escapes a text so that CommonMark (and GitHub's tables and strikethrough) reads it as text only,
     * wherever it is put: on one line (line breaks become spaces); without spaces at its ends (four
     * would open a code block, and a space inside {@code **} would end the emphasis); with a backslash
     * before every character that can start markup inline ({@code \ * _ ` [ ] < > # | ~ &}) and before
     * a mark that opens a block at the start of a line: a list or a thematic break ({@code - +}), a
     * setext underline ({@code =}), an ordered list ("1." or "1)"). Fences ({@code ``` ~~~}), headings,
     * tables, HTML blocks and link reference definitions all start with an escaped character.
     *
     * @param text the text, not null
     * @return the escaped text, never null
     */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * Escapes a text that starts a line, or the content of a list item: as {@link #escape(String)},
     * and a mark that would open a block there gets a backslash too.
     *
     * @param text the text, not null
     * @return the escaped text, never null
     */
    static String escapeLine(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean lineStart) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start + 8);
        if (lineStart && start < end && "-+=".indexOf(text.charAt(start)) >= 0) {
            out.append('\\');
        }
        int digits = start;
        while (digits < end && digits - start < 10 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        boolean orderedMarker = lineStart && digits > start && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')');
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\':
                case '*':
                case '_':
                case '`':
                case '[':
                case ']':
                case '<':
                case '>':
                case '#':
                case '|':
                case '~':
                case '&':
                    out.append('\\').append(c);
                    break;
                case '\n':
                case '\r':
                    out.append(' ');
                    break;
                default:
                    if (orderedMarker && i == digits) {
                        out.append('\\');
                    }
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** Whitespace as CommonMark counts it at the ends of a text: spaces, tabs, line ends and Zs. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Strong emphasis around a text, or nothing for an empty one ("****" is a thematic break). */
    static String strong(String text) {
        String escaped = escape(text);
        return escaped.isEmpty() ? "" : "**" + escaped + "**";
    }
}
