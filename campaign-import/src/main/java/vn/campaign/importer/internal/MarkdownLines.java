package vn.campaign.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The lines of a Markdown document as {@link SourceLine}s, read by commonmark-java: the parser finds
 * the blocks (headings, paragraphs, lists, block quotes, tables, HTML blocks, rules) and the inlines
 * (emphasis, escapes, code) with their source positions ({@link IncludeSourceSpans#BLOCKS_AND_INLINES}),
 * and each source line gets the text the parser read on it. So the structure pass, which works line by
 * line, sees what CommonMark sees: {@code \*} is a star, not emphasis; an HTML comment is no text; a
 * setext underline or a table's delimiter row is layout; a table row has its cells; the item of a
 * bullet list is a bullet, that of an ordered list keeps its number ("1. …").
 *
 * <p>Lines stay lines: a paragraph broken over lines (a Word export's header block, which CommonMark
 * reads as one paragraph) gives one {@code SourceLine} per source line, as the structure pass expects.
 * The parser is immutable and thread-safe, so is this class. Not part of the API.
 */
final class MarkdownLines {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^\\s{0,3}([0-9]{1,9}[.)])");
    /** A marker typed as text, not as a Markdown list: "\* Thời gian …", "• …". */
    private static final Pattern TYPED_BULLET = Pattern.compile("^(?:[-+•–—▪●*])\\s+");
    private static final Pattern UNDERLINE = Pattern.compile("^\\s{0,3}(?:=+|-+)\\s*$");

    /** What the parser read on one line. */
    private static final class Line {
        final StringBuilder text = new StringBuilder();
        final StringBuilder lead = new StringBuilder();
        /** The emphasis the line starts with, or null. */
        Node leadNode;
        /** Whether the text so far is all inside {@code leadNode}. */
        boolean leadOpen;
        /** Whether the line has had text other than spaces. */
        boolean started;
        boolean bullet;
        String marker = "";
        boolean covered;
        boolean verbatim;
        List<String> cells;
    }

    private final String[] raw;
    private final Line[] lines;

    private MarkdownLines(String[] raw) {
        this.raw = raw;
        this.lines = new Line[raw.length];
        for (int i = 0; i < raw.length; i++) {
            lines[i] = new Line();
        }
    }

    /**
     * Reads a Markdown document into lines.
     *
     * @param document the text, not null
     * @return the lines, numbered from 1, one per line of the document
     */
    static List<SourceLine> split(String document) {
        String[] raw = SourceLine.rawLines(document);
        MarkdownLines reader = new MarkdownLines(raw);
        reader.block(PARSER.parse(String.join("\n", raw)));
        return reader.result();
    }

    private List<SourceLine> result() {
        List<SourceLine> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            Line line = lines[i];
            String stripped = raw[i].strip();
            boolean pipes = stripped.length() > 2 && stripped.startsWith("|") && stripped.endsWith("|");
            if (line.verbatim || !line.covered && !raw[i].isBlank() || line.cells == null && pipes
                    || line.cells != null && !raw[i].contains("|")) {
                // code (kept as written), a line no block claims, a row of pipes CommonMark read as a
                // paragraph (no blank line before it), or a line without pipes GFM counted as a row of the
                // table above it: read as plain text
                out.add(SourceLine.of(i + 1, raw[i], false));
            } else if (line.cells != null) {
                out.add(SourceLine.row(i + 1, raw[i], line.cells));
            } else {
                out.add(line(i, line));
            }
        }
        return out;
    }

    private SourceLine line(int index, Line line) {
        String text = collapse(line.text.toString());
        String lead = line.marker.isEmpty() && line.leadNode != null ? collapse(line.lead.toString()) : "";
        boolean bullet = line.bullet;
        if (!line.marker.isEmpty() && !text.isEmpty()) {
            text = line.marker + " " + text;
        }
        Matcher typed = TYPED_BULLET.matcher(text);
        if (!bullet && typed.find()) {
            bullet = true;
            text = text.substring(typed.end());
            lead = "";
        }
        return new SourceLine(index + 1, raw[index].strip(), text, Fold.fold(text), bullet, lead);
    }

    private static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    // ---------------------------------------------------------------- blocks

    private void block(Node node) {
        if (node instanceof Paragraph || node instanceof Heading) {
            cover(node);
            if (node instanceof Heading) {
                underline(node);
            }
            inlines(node);
            return;
        }
        if (node instanceof HtmlBlock || node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
            cover(node);
            return;
        }
        if (node instanceof IndentedCodeBlock || node instanceof FencedCodeBlock) {
            cover(node);
            for (SourceSpan span : node.getSourceSpans()) {
                lines[span.getLineIndex()].verbatim = !(node instanceof FencedCodeBlock)
                        || !raw[span.getLineIndex()].strip().startsWith("```")
                        && !raw[span.getLineIndex()].strip().startsWith("~~~");
            }
            return;
        }
        if (node instanceof TableBlock) {
            cover(node);
            table(node);
            return;
        }
        if (node instanceof ListItem) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (!spans.isEmpty()) {
                int first = spans.get(0).getLineIndex();
                if (node.getParent() instanceof BulletList) {
                    lines[first].bullet = true;
                } else if (node.getParent() instanceof OrderedList) {
                    Matcher marker = ORDERED_MARKER.matcher(raw[first].substring(
                            Math.min(spans.get(0).getColumnIndex(), raw[first].length())));
                    if (marker.find()) {
                        lines[first].marker = marker.group(1);
                    }
                }
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            block(child);
        }
    }

    private void cover(Node node) {
        for (SourceSpan span : node.getSourceSpans()) {
            lines[span.getLineIndex()].covered = true;
        }
    }

    /** The underline of a setext heading is layout: it is no text of the heading. */
    private void underline(Node heading) {
        List<SourceSpan> spans = heading.getSourceSpans();
        if (spans.size() > 1) {
            int last = spans.get(spans.size() - 1).getLineIndex();
            if (UNDERLINE.matcher(raw[last]).matches()) {
                lines[last].covered = true;
            }
        }
    }

    private void table(Node table) {
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow) || row.getSourceSpans().isEmpty()) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        StringBuilder text = new StringBuilder();
                        plainText(cell, text);
                        cells.add(collapse(text.toString()));
                    }
                }
                lines[row.getSourceSpans().get(0).getLineIndex()].cells = cells;
            }
        }
    }

    private static void plainText(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                out.append(((Text) child).getLiteral());
            } else if (child instanceof Code) {
                out.append(((Code) child).getLiteral());
            } else if (!(child instanceof HtmlInline)) {
                plainText(child, out);
            }
        }
    }

    // ---------------------------------------------------------------- inlines

    private void inlines(Node block) {
        int[] current = {block.getSourceSpans().isEmpty() ? 0 : block.getSourceSpans().get(0).getLineIndex()};
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            inline(child, block, current);
        }
    }

    private void inline(Node node, Node block, int[] current) {
        if (!node.getSourceSpans().isEmpty()) {
            current[0] = node.getSourceSpans().get(0).getLineIndex();
        }
        String literal = null;
        if (node instanceof Text) {
            literal = ((Text) node).getLiteral();
        } else if (node instanceof Code) {
            literal = ((Code) node).getLiteral();
        }
        if (literal != null) {
            append(current[0], literal, node, block);
            return;
        }
        if (node instanceof HtmlInline) {
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            inline(child, block, current);
        }
    }

    /** Appends the text of a leaf to its line, and to the line's lead while the leading emphasis lasts. */
    private void append(int index, String literal, Node leaf, Node block) {
        Line line = lines[index];
        if (!line.started && !literal.isBlank()) {
            line.started = true;
            Node emphasis = outermostEmphasis(leaf, block);
            if (emphasis != null && !emphasis.getSourceSpans().isEmpty()
                    && emphasis.getSourceSpans().get(0).getLineIndex() == index) {
                line.leadNode = emphasis;
                line.leadOpen = true;
            }
        }
        if (line.leadOpen) {
            if (isWithin(leaf, line.leadNode)) {
                line.lead.append(literal);
            } else {
                line.leadOpen = false;
            }
        }
        line.text.append(literal);
    }

    private static Node outermostEmphasis(Node leaf, Node block) {
        Node found = null;
        for (Node parent = leaf.getParent(); parent != null && parent != block; parent = parent.getParent()) {
            if (parent instanceof Emphasis || parent instanceof StrongEmphasis) {
                found = parent;
            }
        }
        return found;
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }
}
