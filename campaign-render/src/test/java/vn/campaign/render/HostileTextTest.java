package vn.campaign.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.calendar.PlanCalendar;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.Signature;
import vn.campaign.render.calendar.TimelineSvg;
import vn.campaign.testing.SamplePlans;

/**
 * No text of a plan changes the structure of a rendered document: Markdown parses back (CommonMark
 * with GitHub tables) to the same blocks and inlines as the same plan with plain words; SVG and the
 * XML of a DOCX stay well-formed XML 1.0 whatever the characters (controls, lone surrogates, U+FFFE);
 * an emoji at the cut of a heading does not abort the SVG.
 */
class HostileTextTest {

    private static final PlanRenderer RENDERER = PlanRenderer.create();
    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** The plan with every title, heading, paragraph, task text and signer set by a function of the old text. */
    static Plan rewritten(UnaryOperator<String> text) {
        Plan plan = SamplePlans.commune();
        Signature signature = plan.signature().orElseThrow();
        return plan.toBuilder().title(text.apply(plan.title())).preamble(text.apply("preamble"))
                .closing(text.apply("closing"))
                .signature(Signature.of(signature.authority().orElseThrow(), text.apply(signature.onBehalfOf().orElseThrow()),
                        text.apply(signature.position()), text.apply(signature.signerName())))
                .replaceSections(plan.sections().stream().map(s -> rewritten(s, text)).toList()).build();
    }

    private static Section rewritten(Section section, UnaryOperator<String> text) {
        return new Section(section.id(), section.number(), text.apply(section.heading()), section.kind(),
                section.actorId(), section.paragraphs().stream().map(text).toList(),
                section.tasks().stream().map(task -> task.toBuilder().description(text.apply(
                        task.description().orElse("x"))).build()).toList(),
                section.subsections().stream().map(sub -> rewritten(sub, text)).toList(), section.extensions());
    }

    /** The node types of a Markdown document in order, adjacent text merged, so its structure. */
    static List<String> structure(String markdown) {
        List<String> types = new ArrayList<>();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                    String type = node.getClass().getSimpleName();
                    if (!(node instanceof Text && !types.isEmpty() && types.get(types.size() - 1).equals("Text"))) {
                        types.add(type);
                    }
                    node.accept(this);
                    if (node.getFirstChild() != null) {
                        types.add("/" + type);
                    }
                }
            }
        });
        return types;
    }

    private static String literal(String markdown) {
        StringBuilder text = new StringBuilder();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"```java", "~~~", "# heading", "###### h", "- item", "+ item", "* item", "1. item",
        "1) item", "    code", "\tcode", "| a | b |\n|---|---|\n| c | d |", "<div>html</div>", "<!-- c -->",
        "<script>alert(1)</script>", "[ref]: http://evil", "[x](http://evil)", "![img](x)", "---", "===", "***",
        "___", "> quote", "&amp; &#x41; &copy;", "**", "*", "\r\n# x", "x\n===", "x\n---", " trailing *", "\\",
        "`code`", "~~strike~~", "<http://evil>", "a  ", "\u00a0\u00a0\u00a0\u00a0code", "2024. Năm", "123456789) x"})
    void markdown_noPlanTextOpensABlockOrAnInline(String attack) {
        String safe = RENDERER.markdown(rewritten(text -> "x"));
        String alone = RENDERER.markdown(rewritten(text -> attack));
        String after = RENDERER.markdown(rewritten(text -> "x " + attack));

        assertThat(structure(alone)).isEqualTo(structure(safe));
        assertThat(structure(after)).isEqualTo(structure(safe));
        String words = attack.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
        assertThat(literal(alone)).contains(words);
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void svg_ofAHeadingWithAnEmojiAtTheCut_isWellFormedAndKeepsTheEmojiWhole() throws Exception {
        // The label is cut at 40 characters: put the emoji across the cut, at 38 and 39.
        Plan plan = rewritten(text -> "a".repeat(34) + "😀😀😀 Ngày hội");
        String svg = TimelineSvg.render(PlanCalendar.of(plan));

        org.w3c.dom.Document document = xml(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
        assertThat(svg).doesNotContain("\uFFFD");
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"\u0000\u0001\u0008\u000b\u000c\u001b[31m", "\ud800 lone high", "lone low \udc00",
        "\uFFFE\uFFFF", "😀\u0301 e\u0302\u0301 ế", "]]><x/><![CDATA[", "&lt;\"'"})
    void svg_andDocx_areWellFormedXmlWhateverTheCharacters(String attack) throws Exception {
        Plan plan = rewritten(text -> text + " " + attack);

        assertThat(xml(TimelineSvg.render(PlanCalendar.of(plan))).getDocumentElement().getLocalName()).isEqualTo("svg");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(RENDERER.docx(plan)))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("Ban Thường trực");
            assertThat(text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')).isEmpty();
        }
        String html = RENDERER.html(plan);
        assertThat(org.jsoup.Jsoup.parse(html).select("script, x")).isEmpty();
        assertThat(html.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')).isEmpty();
        assertThat(html.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF)).isEmpty();
    }

    @Test
    void xmlText_replacesWhatXmlForbidsAndKeepsPairs() {
        assertThat(vn.campaign.render.internal.HtmlWriter.xmlText("a\u0001b\ud800c😀\uFFFEd\t\n"))
                .isEqualTo("ab\uFFFDc😀\uFFFDd\t\n");
        String plain = "Ngày hội";
        assertThat(vn.campaign.render.internal.HtmlWriter.xmlText(plain)).isSameAs(plain);
    }

    @Test
    void markdown_literalTextIsKept() throws IOException {
        String attack = SamplePlans.HOSTILE;
        String markdown = RENDERER.markdown(rewritten(text -> attack));

        assertThat(literal(markdown)).contains(attack);
        assertThat(structure(markdown).stream().filter(t -> t.equals("HtmlInline") || t.equals("Link")
                || t.equals("HtmlBlock")).collect(Collectors.toList())).isEmpty();
    }
}
