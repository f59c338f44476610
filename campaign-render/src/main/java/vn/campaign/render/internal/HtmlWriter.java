package vn.campaign.render.internal;

import java.util.List;

/**
 * Writes a {@link DocumentLayout} as one self-contained, printable HTML file: inline CSS, no
 * script, nothing fetched. Not API; immutable and thread-safe.
 *
 * <p>Page and type follow Decree 30/2020/NĐ-CP, Appendix I: A4; margins top and bottom 20 mm, left
 * 30 mm, right 15 mm; Times New Roman, 14 pt for the body, 13 pt for the header names and the
 * motto, 12 pt bold italic for "Nơi nhận:" and 11 pt for its lines. Every text of the plan is
 * escaped: it never becomes markup.
 */
public final class HtmlWriter {

    static final String CSS = String.join("\n",
            "@page { size: A4; margin: 20mm 15mm 20mm 30mm; }",
            "html { background: #fff; }",
            "body { font-family: 'Times New Roman', Times, 'Liberation Serif', serif; font-size: 14pt;",
            "  line-height: 1.35; color: #000; margin: 0 auto; max-width: 165mm; }",
            "@media screen { body { padding: 20mm 15mm 20mm 30mm; max-width: 165mm; } }",
            "table.layout { width: 100%; border-collapse: collapse; }",
            "table.layout td { vertical-align: top; text-align: center; padding: 0; }",
            "td.issuer { width: 40%; font-size: 13pt; }",
            "td.motto { width: 60%; font-size: 13pt; white-space: nowrap; }",
            ".strong { font-weight: bold; }",
            ".motto-line { font-size: 14pt; font-weight: bold; }",
            ".rule { display: block; width: 35%; margin: 2pt auto 4pt; border-top: 1px solid #000; }",
            ".date { font-style: italic; font-size: 14pt; margin-top: 6pt; }",
            "h1.type { font-size: 14pt; text-align: center; margin: 18pt 0 0; }",
            "p.abstract { text-align: center; font-weight: bold; margin: 0; }",
            "h2, h3, h4, h5 { font-size: 14pt; margin: 8pt 0 4pt; text-indent: 1cm; }",
            "h2 { font-weight: bold; }",
            "h3 { font-weight: bold; }",
            "h4, h5 { font-weight: bold; font-style: italic; }",
            "p { margin: 0 0 6pt; text-align: justify; text-indent: 1cm; }",
            "p.lead b { font-weight: bold; }",
            "ul.items { list-style: none; margin: 0 0 6pt; padding: 0; }",
            "ul.items li { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }",
            "ul.items li::before { content: '- '; }",
            "table.layout td.recipients { width: 50%; text-align: left; font-size: 11pt; }",
            "td.recipients .title { font-size: 12pt; font-weight: bold; font-style: italic; }",
            "td.recipients ul { list-style: none; margin: 0; padding: 0; }",
            "td.recipients li::before { content: '- '; }",
            "td.signature { width: 50%; font-size: 14pt; font-weight: bold; }",
            "td.signature .name { margin-top: 22mm; }",
            "table.end { margin-top: 12pt; page-break-inside: avoid; }");

    private HtmlWriter() {
    }

    /**
     * Writes the layout.
     *
     * @param layout the layout, not null
     * @param htmlTitle the text of the {@code <title>}, not null
     * @return the HTML text, never null
     */
    public static String write(DocumentLayout layout, String htmlTitle) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(htmlTitle)).append("</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n");
        out.append("<table class=\"layout header\"><tr>\n<td class=\"issuer\">");
        for (String line : layout.parentBody()) {
            out.append("<div class=\"parent\">").append(escape(line)).append("</div>");
        }
        for (String line : layout.issuingBody()) {
            out.append("<div class=\"strong body-name\">").append(escape(line)).append("</div>");
        }
        out.append("<span class=\"rule\"></span><div class=\"number\">").append(escape(layout.numberLine()))
                .append("</div></td>\n<td class=\"motto\">");
        List<String> title = layout.titleLines();
        for (String line : title) {
            out.append("<div class=\"motto-line\">").append(escape(line)).append("</div>");
        }
        out.append("<span class=\"rule\"></span><div class=\"date\">").append(escape(layout.placeDateLine()))
                .append("</div></td>\n</tr></table>\n");
        out.append("<h1 class=\"type\">").append(escape(layout.typeLine())).append("</h1>\n");
        out.append("<p class=\"abstract\">").append(escape(layout.abstractLine())).append("</p>\n")
                .append("<span class=\"rule\"></span>\n");
        for (String reference : layout.references()) {
            out.append("<p class=\"reference\">").append(escape(reference)).append("</p>\n");
        }
        boolean inList = false;
        for (Block item : layout.body()) {
            if (item instanceof Block.Bullet) {
                if (!inList) {
                    out.append("<ul class=\"items\">\n");
                    inList = true;
                }
                out.append("<li>").append(escape(((Block.Bullet) item).line())).append("</li>\n");
                continue;
            }
            if (inList) {
                out.append("</ul>\n");
                inList = false;
            }
            if (item instanceof Block.Heading) {
                Block.Heading heading = (Block.Heading) item;
                int level = Math.min(heading.depth() + 1, 5);
                out.append("<h").append(level).append(" id=\"s-").append(escape(heading.sectionId())).append("\">")
                        .append(escape(heading.line())).append("</h").append(level).append(">\n");
            } else if (item instanceof Block.LeadParagraph) {
                Block.LeadParagraph lead = (Block.LeadParagraph) item;
                out.append("<p class=\"lead\"><b>").append(escape(lead.leadLine())).append("</b> ")
                        .append(escape(lead.text())).append("</p>\n");
            } else {
                out.append("<p>").append(escape(((Block.Paragraph) item).text())).append("</p>\n");
            }
        }
        if (inList) {
            out.append("</ul>\n");
        }
        layout.closing().ifPresent(closing -> out.append("<p class=\"closing\">").append(escape(closing))
                .append("</p>\n"));
        out.append("<table class=\"layout end\"><tr>\n<td class=\"recipients\">");
        if (!layout.recipients().isEmpty()) {
            out.append("<div class=\"title\">Nơi nhận:</div>\n<ul>\n");
            for (String line : layout.recipients()) {
                out.append("<li>").append(escape(line)).append("</li>\n");
            }
            out.append("</ul>");
        }
        out.append("</td>\n<td class=\"signature\">");
        for (String line : layout.signatureHeads()) {
            out.append("<div class=\"head\">").append(escape(line)).append("</div>");
        }
        layout.signerName().ifPresent(name -> out.append("<div class=\"name\">").append(escape(name))
                .append("</div>"));
        out.append("</td>\n</tr></table>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Escapes text for HTML element content and attribute values, and for XML 1.0 (the SVG): the
     * characters XML forbids are replaced as {@link #xmlText(String)} does.
     *
     * @param text the text, not null
     * @return the escaped text, never null
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    i = appendXmlChar(text, i, out);
            }
        }
        return out.toString();
    }

    /**
     * Returns a text with every character XML 1.0 forbids (§2.2: controls other than tab, line feed and
     * carriage return, a surrogate without its pair, U+FFFE and U+FFFF) replaced, so that no text of a
     * plan can make a file that is not well-formed: a control is dropped, the others become U+FFFD.
     *
     * @param text the text, not null
     * @return the text, the same instance when nothing is forbidden
     */
    public static String xmlText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c >= '\uFFFE') {
                StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
                for (int j = i; j < text.length(); j++) {
                    j = appendXmlChar(text, j, out);
                }
                return out.toString();
            }
        }
        return text;
    }

    /** Appends the character at {@code i} as XML allows it; returns the index of its last UTF-16 unit. */
    private static int appendXmlChar(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            return i + 1;
        }
        if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
        } else if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            // Controls other than tab and line ends are not allowed in XML 1.0 (the SVG) and are never
            // wanted in HTML text: they are dropped.
            out.append(c);
        }
        return i;
    }
}
