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
            header.append(escape(line)).append("  \n");
        }
        for (String line : layout.issuingBody()) {
            header.append("**").append(escape(line)).append("**  \n");
        }
        header.append(escape(layout.numberLine()));
        block(out, header.toString());
        StringBuilder motto = new StringBuilder();
        List<String> title = layout.titleLines();
        for (int i = 0; i < title.size(); i++) {
            motto.append("**").append(escape(title.get(i))).append("**").append(i < title.size() - 1 ? "  \n" : "");
        }
        block(out, motto.toString());
        block(out, "*" + escape(layout.placeDateLine()) + "*");
        block(out, "## " + escape(layout.typeLine()));
        block(out, "### " + escape(layout.abstractLine()));
        block(out, "-----");
        for (String reference : layout.references()) {
            block(out, escape(reference));
        }
        for (Block item : layout.body()) {
            if (item instanceof Block.Heading) {
                Block.Heading heading = (Block.Heading) item;
                block(out, "#".repeat(Math.min(3 + heading.depth(), 6)) + " " + escape(heading.line()));
            } else if (item instanceof Block.LeadParagraph) {
                Block.LeadParagraph lead = (Block.LeadParagraph) item;
                block(out, "**" + escape(lead.leadLine()) + "** " + escape(lead.text()));
            } else if (item instanceof Block.Paragraph) {
                block(out, escape(((Block.Paragraph) item).text()));
            } else {
                block(out, "- " + escape(((Block.Bullet) item).line()));
            }
        }
        layout.closing().ifPresent(closing -> block(out, escape(closing)));
        if (!layout.recipients().isEmpty()) {
            block(out, "***Nơi nhận:***");
            StringBuilder list = new StringBuilder();
            for (String recipient : layout.recipients()) {
                list.append("- ").append(escape(recipient)).append('\n');
            }
            out.append(list).append('\n');
        }
        if (!layout.signatureHeads().isEmpty()) {
            block(out, "**" + String.join("  \n", layout.signatureHeads().stream().map(MarkdownWriter::escape)
                    .toArray(String[]::new)) + "**");
        }
        layout.signerName().ifPresent(name -> block(out, "**" + escape(name) + "**"));
        return out.toString().stripTrailing() + "\n";
    }

    private static void block(StringBuilder out, String text) {
        out.append(text).append("\n\n");
    }

    /**
     * Escapes the characters that Markdown would read as markup, so that a plan's text is never
     * taken for formatting, links or HTML.
     *
     * @param text the text, not null
     * @return the escaped text, never null
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
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
                    out.append('\\').append(c);
                    break;
                case '\n':
                case '\r':
                    out.append(' ');
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
