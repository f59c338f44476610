package vn.campaign.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What is published and what the BOM lists agree: every module of the build that Maven would install
 * and deploy (a jar without {@code maven.deploy.skip}) is in {@code campaign-bom}, and nothing else;
 * the examples with the command line, the benchmarks and the architecture tests are neither
 * installed nor deployed. A module added to the build fails here until it is in one list or the other.
 */
class PublishedArtifactsTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void bom_managesExactlyThePublishedModules() throws Exception {
        Set<String> published = new TreeSet<>();
        for (String module : modules()) {
            Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
            String packaging = text(pom.getDocumentElement(), "packaging");
            if (!"pom".equals(packaging) && !"true".equals(property(pom, "maven.deploy.skip"))) {
                published.add(text(pom.getDocumentElement(), "artifactId"));
            }
        }
        Set<String> managed = new TreeSet<>();
        Element management = child(read(ROOT.resolve("campaign-bom/pom.xml")).getDocumentElement(),
                "dependencyManagement");
        for (Element dependency : children(child(management, "dependencies"), "dependency")) {
            assertThat(text(dependency, "groupId")).isEqualTo("vn.campaign");
            assertThat(text(dependency, "version")).isEqualTo("${project.version}");
            managed.add(text(dependency, "artifactId"));
        }

        assertThat(published).contains("campaign-core", "campaign-io", "campaign-test");
        assertThat(managed).isEqualTo(published);
    }

    @Test
    void toolsExamplesAndTests_areNeitherInstalledNorDeployed() throws Exception {
        for (String module : List.of("campaign-examples", "campaign-bench", "campaign-architecture")) {
            Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
            assertThat(property(pom, "maven.install.skip")).as(module).isEqualTo("true");
            assertThat(property(pom, "maven.deploy.skip")).as(module).isEqualTo("true");
        }
    }

    @Test
    void bom_hasTheVersionOfTheBuild() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("campaign-bom/pom.xml"));

        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parent.getDocumentElement(), "version"));
        assertThat(modules()).contains("campaign-bom");
    }

    private static List<String> modules() throws IOException, ParserConfigurationException, SAXException {
        List<String> names = new ArrayList<>();
        for (Element module : children(child(read(ROOT.resolve("pom.xml")).getDocumentElement(), "modules"),
                "module")) {
            names.add(module.getTextContent().trim());
        }
        return names;
    }

    private static Document read(Path pom) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static String property(Document pom, String name) {
        Element properties = child(pom.getDocumentElement(), "properties");
        return properties == null ? null : text(properties, name);
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && name.equals(node.getNodeName())) {
                found.add((Element) node);
            }
        }
        return found;
    }
}
