package vn.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;

class RawJacksonTest {

    private static final PlanJson OURS = PlanJson.create();
    private static final RawJackson RAW = RawJackson.create();
    private static final ObjectMapper TREES = new ObjectMapper();

    /**
     * The baseline does the same work as our reader: the same bytes give an equal plan. Plain
     * databind drops unknown members instead of keeping them as {@code Extensions} (a record's
     * extensions cannot be filled from its object's other members without a deserializer per type),
     * so for a plan with {@code x-…} members the baseline's plan equals ours of the same document
     * without those members, and nothing else differs. Five of the six bundled plans have such
     * members (provenance notes); Kon Rẫy, the plan measured, has none and is equal as it is.
     */
    @Test
    void read_matchesOurReaderOnEveryBundledPlan() throws IOException {
        List<String> files = bundledPlanFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(6).contains(BundledPlans.KON_RAY, BundledPlans.KON_TUM);

        for (String file : files) {
            byte[] bytes = BundledPlans.bytes(file);
            byte[] withoutExtensions = withoutUnknownMembers(bytes);

            assertThat(RAW.read(bytes)).as(file).isEqualTo(OURS.read(withoutExtensions));
            if (TREES.readTree(bytes).equals(TREES.readTree(withoutExtensions))) {
                assertThat(RAW.read(bytes)).as(file).isEqualTo(OURS.read(bytes));
            }
        }
    }

    @Test
    void read_ofKonRay_equalsOurReaderExactly() throws IOException {
        byte[] bytes = BundledPlans.bytes(BundledPlans.KON_RAY);

        assertThat(withoutUnknownMembers(bytes)).isEqualTo(TREES.writeValueAsBytes(TREES.readTree(bytes)));
        assertThat(RAW.read(bytes)).isEqualTo(OURS.read(bytes));
    }

    @Test
    void read_dropsUnknownMembers() throws IOException {
        byte[] bytes = BundledPlans.bytes(BundledPlans.KON_TUM);

        assertThat(OURS.read(bytes)).isNotEqualTo(RAW.read(bytes));
        assertThat(RAW.read(bytes).references().get(0).extensions().isEmpty()).isTrue();
    }

    @Test
    void write_thenRead_givesAnEqualPlan() throws IOException {
        for (String file : bundledPlanFiles()) {
            Plan plan = RAW.read(BundledPlans.bytes(file));

            assertThat(RAW.read(RAW.writeBytes(plan))).as(file).isEqualTo(plan);
        }
    }

    /** The raw writer's text is our canonical text but for schemaVersion and the final line feed. */
    @Test
    void write_ofKonRay_differsFromOursOnlyAsDocumented() throws IOException {
        Plan plan = OURS.read(BundledPlans.bytes(BundledPlans.KON_RAY));
        String ours = new String(OURS.writeBytes(plan), StandardCharsets.UTF_8);
        String raw = new String(RAW.writeBytes(plan), StandardCharsets.UTF_8);

        String version = TREES.readTree(ours).get("schemaVersion").asText();

        assertThat(raw).doesNotContain("schemaVersion").doesNotEndWith("\n");
        assertThat("{\n  \"schemaVersion\": \"" + version + "\",\n  " + raw.substring("{\n  ".length()) + "\n")
                .isEqualTo(ours);
    }

    /** The document with every member whose name starts with {@code x-} removed, at any depth. */
    private static byte[] withoutUnknownMembers(byte[] json) throws IOException {
        JsonNode tree = TREES.readTree(json);
        removeExtensions(tree);
        return TREES.writeValueAsBytes(tree);
    }

    private static void removeExtensions(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                if (member.getKey().startsWith("x-")) {
                    names.add(member.getKey());
                }
            }
            object.remove(names);
        }
        node.forEach(RawJacksonTest::removeExtensions);
    }

    /** The file names of campaign-examples' {@code plans/*.json}, from a directory or a jar. */
    static List<String> bundledPlanFiles() throws IOException {
        URL known = RawJacksonTest.class.getClassLoader().getResource("plans/" + BundledPlans.KON_RAY);
        assertThat(known).as("plans/" + BundledPlans.KON_RAY + " on the class path").isNotNull();
        try {
            URI uri = known.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.provider().getPath(uri).getParent());
                }
            }
            return list(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .sorted().toList();
        }
    }
}
