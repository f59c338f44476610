package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.campaign.model.ActorKind;
import vn.campaign.model.Plan;
import vn.campaign.model.TaskKind;

/**
 * The published JSON Schema and the Java reader agree: every bundled example and every valid
 * corpus document passes both; every invalid corpus document fails the reader with the exact code,
 * line, column and pointer of {@code corpus/invalid/expected.tsv}, and fails the schema too, except
 * the documents named {@code reader-only-…}, whose problem a JSON Schema cannot express (they pass
 * the schema, as {@code docs/json-format.md} section 11 says).
 */
class SchemaAgreementTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "vn", "campaign", "io", "corpus");
    /** The plans shipped with campaign-examples; others add files there, and all are checked. */
    private static final Path EXAMPLES = Path.of("..", "campaign-examples", "src", "main", "resources", "plans");
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(PlanJson.schema(), InputFormat.JSON);
    private static final PlanJson JSON = PlanJson.create();

    /** The schema's verdict: its errors, or one pseudo-error when the text is not JSON at all. */
    static List<String> schemaErrors(byte[] document) {
        JsonNode node;
        try {
            node = TREES.readTree(document);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || node.isMissingNode()) {
            return List.of("empty");
        }
        List<String> errors = new ArrayList<>();
        for (Error error : SCHEMA.validate(node, context -> context.executionConfig(
                config -> config.formatAssertionsEnabled(true)))) {
            errors.add(error.getInstanceLocation() + " " + error.getMessage());
        }
        return errors;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void schema_isDraft2020_12AndNamesTheFormat() throws IOException {
        JsonNode schema = TREES.readTree(PlanJson.schema());

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("urn:vn.campaign:schema:plan:1");
    }

    @Test
    void schema_listsTheCodesOfTheModel() throws IOException {
        JsonNode defs = TREES.readTree(PlanJson.schema()).path("$defs");

        assertThat(defs.path("actor").path("properties").path("kind").path("enum"))
                .extracting(JsonNode::asText).containsExactly(Stream.of(ActorKind.values()).map(Enum::name)
                        .toArray(String[]::new));
        assertThat(defs.path("task").path("properties").path("kinds").path("items").path("enum"))
                .extracting(JsonNode::asText).containsExactly(Stream.of(TaskKind.values()).map(Enum::name)
                        .toArray(String[]::new));
    }

    @TestFactory
    Stream<DynamicTest> examples_passReaderAndSchema() throws IOException {
        List<Path> examples = files(EXAMPLES);
        assertThat(examples).as("bundled examples in %s", EXAMPLES).isNotEmpty();
        List<Path> all = new ArrayList<>(examples);
        all.addAll(files(CORPUS.resolve("valid")));
        return all.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] document = Files.readAllBytes(file);
            Plan plan = JSON.read(document);
            assertThat(JSON.read(JSON.write(plan))).as("%s written and read again", file).isEqualTo(plan);
            assertThat(schemaErrors(document)).as("schema errors of %s", file).isEmpty();
        }));
    }

    @Test
    void writtenSamplePlans_passTheSchema() {
        assertThat(schemaErrors(JSON.writeBytes(SamplePlans.konRay()))).isEmpty();
        assertThat(schemaErrors(JSON.writeBytes(SamplePlans.minimal()))).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> invalidCorpus_failsReaderExactlyAndSchema() throws IOException {
        Map<String, String> expected = expectations();
        List<Path> invalid = files(CORPUS.resolve("invalid"));
        assertThat(invalid.stream().map(file -> file.getFileName().toString()))
                .as("every corpus file has an expectation, and every expectation a file")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        return invalid.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] document = Files.readAllBytes(file);
            PlanReadException e = catchThrowableOfType(PlanReadException.class, () -> JSON.read(document));
            assertThat(PlanReadExceptionTest.describe(e)).as(e.getMessage())
                    .isEqualTo(expected.get(file.getFileName().toString()));
            List<String> errors = schemaErrors(document);
            if (file.getFileName().toString().startsWith("reader-only-")) {
                assertThat(errors).as("a JSON Schema cannot see this; if it now does, rename the file").isEmpty();
            } else {
                assertThat(errors).as("the schema rejects it too").isNotEmpty();
            }
        }));
    }

    /** File name to "CODE line column pointer". */
    private static Map<String, String> expectations() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("invalid").resolve("expected.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            assertThat(columns).as(line).hasSize(5);
            expected.put(columns[0], columns[1] + " " + columns[2] + " " + columns[3] + " " + columns[4]);
        }
        return expected;
    }
}
