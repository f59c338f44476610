package vn.campaign.io.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.finding.Finding;
import vn.campaign.io.BulkFormat;
import vn.campaign.io.CampaignModule;
import vn.campaign.io.FindingsJson;
import vn.campaign.io.PlanJson;
import vn.campaign.io.PlanReadException;
import vn.campaign.model.Language;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * The Jackson 3 module against PlanJson and the Jackson 2 module: the same plans, the same bytes,
 * the same read errors, the same findings JSON. The plans are those bundled with campaign-examples.
 */
class CampaignJackson3ModuleTest {

    private static final Path PLANS = Path.of("../campaign-examples/src/main/resources/plans");
    private static final PlanJson JSON = PlanJson.create();
    /** What an application gets: the module found through its service file. */
    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new CampaignModule());

    static Stream<Path> bundledPlans() throws IOException {
        try (Stream<Path> files = Files.list(PLANS)) {
            List<Path> plans = files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
            assertThat(plans).hasSizeGreaterThanOrEqualTo(6);
            return plans.stream();
        }
    }

    @Test
    void findAndAddModules_findsTheModuleThroughItsServiceFile() {
        assertThat(MAPPER.registeredModules()).extracting(m -> m.getModuleName()).contains("CampaignJackson3Module");
    }

    @ParameterizedTest
    @MethodSource("bundledPlans")
    void bundledPlan_readsAsPlanJsonReadsIt(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Plan expected = JSON.read(bytes);

        assertThat(MAPPER.readValue(bytes, Plan.class)).isEqualTo(expected);
        assertThat(MAPPER.readValue(new String(bytes, StandardCharsets.UTF_8), Plan.class)).isEqualTo(expected);
        assertThat(MAPPER.readValue(new ByteArrayInputStream(bytes), Plan.class)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("bundledPlans")
    void bundledPlan_writesTheBytesOfPlanJsonAndOfJackson2(Path file) throws IOException {
        Plan plan = JSON.read(file);
        // Compact: PlanJson's NDJSON line, without its line feed, and the Jackson 2 module's bytes.
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        JSON.writeAll(List.of(plan).iterator(), ndjson, BulkFormat.NDJSON);
        String line = ndjson.toString(StandardCharsets.UTF_8);

        String compact = MAPPER.writeValueAsString(plan);

        assertThat(compact + "\n").isEqualTo(line);
        assertThat(MAPPER.writeValueAsBytes(plan)).isEqualTo(JACKSON2.writeValueAsBytes(plan));
        // With PlanJson's layout: PlanJson's canonical document, byte for byte.
        DefaultPrettyPrinter canonical = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        canonical.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        canonical.indentArraysWith(new DefaultIndenter("  ", "\n"));
        byte[] pretty = MAPPER.writer().with(canonical).writeValueAsBytes(plan);
        byte[] withLineFeed = new byte[pretty.length + 1];
        System.arraycopy(pretty, 0, withLineFeed, 0, pretty.length);
        withLineFeed[pretty.length] = '\n';
        assertThat(withLineFeed).isEqualTo(JSON.writeBytes(plan));
        assertThat(withLineFeed).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void valueTypes_writeAndReadAsTheFormatDoes() {
        assertThat(MAPPER.writeValueAsString(Money.vnd(15_000_000))).isEqualTo("15000000");
        assertThat(MAPPER.readValue("15000000", Money.class)).isEqualTo(Money.vnd(15_000_000));
        PlanFormatException e = catchThrowableOfType(PlanFormatException.class,
                () -> MAPPER.readValue("\"15000000\"", Money.class));
        assertThat(e.errorCode().code()).isEqualTo("WRONG_TYPE");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
    }

    /** A bundled plan with Vietnamese text, broken in one place. */
    static Stream<Arguments> badDocuments() throws IOException {
        String plan = Files.readString(PLANS.resolve("kon-ray-2024.json"));
        String titleEnd = "năm 2024\",\n  \"period\"";
        assertThat(plan).contains(titleEnd, "\"type\": \"KH\"", "\"start\": \"2024-01-01\"",
                "đô thị văn minh\"\n  },");
        return Stream.of(
                Arguments.of("wrong type", plan.replaceFirst("\"type\": \"KH\"", "\"type\": 7")),
                Arguments.of("null for a string", plan.replaceFirst("\"type\": \"KH\"", "\"type\": null")),
                Arguments.of("invalid date", plan.replaceFirst("\"start\": \"2024-01-01\"", "\"start\": \"2024-02-30\"")),
                Arguments.of("missing version", plan.replaceFirst("\"schemaVersion\": \"1.1\",", "")),
                Arguments.of("unsupported version", plan.replaceFirst("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"9.0\"")),
                Arguments.of("duplicate after Vietnamese text on its line",
                        plan.replace(titleEnd, "năm 2024\", \"type\": \"KH\",\n  \"period\"")),
                Arguments.of("syntax error after Vietnamese text on its line",
                        plan.replace(titleEnd, "năm 2024\" ;\n  \"period\"")),
                Arguments.of("wrong type after a letter beyond the BMP on its line",
                        plan.replace(titleEnd, "năm 2024 \uD835\uDD4F\", \"period\": 5,\n  \"period\"")),
                Arguments.of("duplicate inside an extension after Vietnamese text",
                        plan.replace("đô thị văn minh\"\n  },",
                                "đô thị văn minh\", \"ghiChú\": [1, {\"a\": \"ấp\", \"a\": 2}]\n  },")),
                Arguments.of("truncated", plan.substring(0, plan.length() / 2)),
                Arguments.of("not an object", "[1, 2]"),
                Arguments.of("empty object", "{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void badDocument_failsWithTheErrorOfPlanJson(String name, String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        PlanReadException expected = catchThrowableOfType(PlanReadException.class, () -> JSON.read(bytes));
        assertThat(expected).as("PlanJson refuses it").isNotNull();

        List<PlanFormatException> failures = List.of(
                catchThrowableOfType(PlanFormatException.class, () -> MAPPER.readValue(bytes, Plan.class)),
                catchThrowableOfType(PlanFormatException.class, () -> MAPPER.readValue(document, Plan.class)),
                catchThrowableOfType(PlanFormatException.class,
                        () -> MAPPER.readValue(new ByteArrayInputStream(bytes), Plan.class)));
        for (PlanFormatException failure : failures) {
            assertThat(failure).as("Jackson 3 refuses it").isNotNull();
            assertThat(List.of(failure.errorCode(), failure.line(), failure.column(), failure.pointer()))
                    .as(failure.getMessage())
                    .isEqualTo(List.of(expected.errorCode(), expected.line(), expected.column(), expected.pointer()));
            PlanReadException found = PlanReadException.find(new RuntimeException("wrapper", failure)).orElseThrow();
            assertThat(List.of(found.errorCode(), found.line(), found.column(), found.pointer()))
                    .isEqualTo(List.of(expected.errorCode(), expected.line(), expected.column(), expected.pointer()));
            assertThat(failure.getLocation().getLineNr()).isEqualTo(expected.line());
            assertThat(failure.getLocation().getColumnNr()).isEqualTo(expected.column());
        }
    }

    @Test
    void strictMembers_whenEnabled_failsAsAStrictPlanJsonDoes() throws IOException {
        String plan = Files.readString(PLANS.resolve("kon-ray-2024.json"))
                .replaceFirst("\"type\": \"KH\",", "\"type\": \"KH\", \"ghiChú\": 1,");
        PlanReadException expected = catchThrowableOfType(PlanReadException.class,
                () -> PlanJson.builder().strict(true).build().read(plan));
        JsonMapper strict = JsonMapper.builder()
                .addModule(new CampaignJackson3Module().enable(vn.campaign.io.CampaignFeature.STRICT_MEMBERS)).build();

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> strict.readValue(plan, Plan.class));

        assertThat(expected.code()).isEqualTo("UNKNOWN_MEMBER");
        assertThat(List.of(e.errorCode(), e.line(), e.column(), e.pointer()))
                .isEqualTo(List.of(expected.errorCode(), expected.line(), expected.column(), expected.pointer()));
        // Lenient by default: the member is kept as an extension.
        assertThat(MAPPER.readValue(plan, Plan.class).extensions().asMap()).containsKey("ghiChú");
    }

    /** An application's own class holding a plan. */
    record Envelope(String sender, Plan plan) {
    }

    @Test
    void errorInsideAPlanInsideAnApplicationsClass_hasTheWholePath() {
        String json = "{\"sender\": \"huyện Kon Rẫy\", \"plan\": {\"schemaVersion\": \"1.2\", \"type\": 7}}";

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class,
                () -> MAPPER.readValue(json, Envelope.class));

        assertThat(e.errorCode().code()).isEqualTo("WRONG_TYPE");
        assertThat(e.pointer()).isEqualTo("/type");
        assertThat(e.column()).isEqualTo(json.indexOf('7') + 1);
        assertThat(e.getPath()).extracting(r -> r.getPropertyName()).containsExactly("plan", "type");
    }

    @Test
    void validationReport_serialisesAsFindingsJsonUnderBothJacksons() throws IOException {
        Plan plan = JSON.read(PLANS.resolve("kon-ray-2024.json"));
        ValidationReport report = PlanValidator.create().validate(plan);
        assertThat(report.findings()).hasSizeGreaterThanOrEqualTo(3);

        String jackson2 = JACKSON2.writeValueAsString(report);
        assertThat(MAPPER.writeValueAsString(report)).isEqualTo(jackson2);
        assertThat(jackson2).startsWith("[{\"code\":\"PLAN_DATE_MISSING\",\"severity\":\"WARNING\",\"path\":\"/date\","
                + "\"message\":\"");
        // Indented as the command line prints it: FindingsJson's own text.
        assertThat(JACKSON2.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report))
                .isEqualTo(FindingsJson.toJson(report, Language.VI));
        Finding first = report.findings().get(0);
        assertThat(MAPPER.writeValueAsString(first)).isEqualTo(JACKSON2.writeValueAsString(first))
                .endsWith(",\"message\":\"" + first.message(Language.VI) + "\"}");
    }

    @Test
    void complianceReport_serialisesAsFindingsJsonUnderBothJacksons_inTheLanguageSet() throws IOException {
        Plan parent = JSON.read(PLANS.resolve("kh-457-2024-tinh-kon-tum.json"));
        Plan child = JSON.read(PLANS.resolve("kon-ray-2024.json"));
        ComplianceReport report = ComplianceChecker.create().check(new NamedPlan("kon-ray-2024.json", child),
                new NamedPlan("kh-457.json", parent));
        ValidationReport invalid = PlanValidator.create().validate(child);
        JsonMapper english = JsonMapper.builder().addModule(new CampaignJackson3Module().language(Language.EN)).build();
        ObjectMapper english2 = new ObjectMapper().registerModule(new CampaignModule().language(Language.EN));

        assertThat(english.writeValueAsString(report)).isEqualTo(english2.writeValueAsString(report));
        assertThat(MAPPER.writeValueAsString(report)).isEqualTo(JACKSON2.writeValueAsString(report));
        String first = invalid.findings().get(0).message(Language.EN);
        assertThat(english.writeValueAsString(invalid)).contains("\"message\":\"" + first + "\"")
                .isNotEqualTo(MAPPER.writeValueAsString(invalid));
    }
}
