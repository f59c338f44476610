package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.campaign.io.PlanReadExceptionTest.base;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.finding.Finding;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Language;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

class CampaignModuleTest {

    /** An application's own class holding the value types. */
    record Estimate(String name, Money amount, Schedule when, DocumentNumber basis, DocumentType type,
            DateRange period) {
    }

    /** An application's own class holding a whole plan. */
    record Envelope(String sender, Plan plan) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @Test
    void findAndRegisterModules_findsTheModuleThroughServiceLoader() {
        assertThat(MAPPER.getRegisteredModuleIds()).contains(CampaignModule.class.getName());
    }

    @Test
    void mapper_writesThePlanFormat() throws IOException {
        Plan plan = SamplePlans.konRay();

        String compact = MAPPER.writeValueAsString(plan);

        assertThat(compact).startsWith("{\"schemaVersion\":\"1.1\",\"type\":\"KH\",\"number\":\"15/KH-MTTQ-BTT\",");
        assertThat(MAPPER.readTree(compact)).isEqualTo(MAPPER.readTree(PlanJson.create().write(plan)));
        assertThat(PlanJson.create().read(compact)).isEqualTo(plan);
    }

    @Test
    void mapper_withIndentation_writesTheValuesOfTheCanonicalForm() throws IOException {
        Plan plan = SamplePlans.konRay();

        String indented = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(plan);

        assertThat(PlanJson.create().read(indented)).isEqualTo(plan);
    }

    @Test
    void mapper_readsThePlanFormat() throws IOException {
        Plan plan = SamplePlans.konRay();

        assertThat(MAPPER.readValue(PlanJson.create().write(plan), Plan.class)).isEqualTo(plan);
    }

    @Test
    void mapper_mapsApplicationClassesHoldingValueTypes() throws IOException {
        Estimate estimate = new Estimate("Ngày hội", Money.vnd(15_000_000), Schedule.quarters(2024, 3, 4),
                DocumentNumber.parse("121/2017/TT-BTC"), DocumentType.CIRCULAR,
                DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)));

        String json = MAPPER.writeValueAsString(estimate);

        assertThat(json).isEqualTo("{\"name\":\"Ngày hội\",\"amount\":15000000,"
                + "\"when\":{\"kind\":\"QUARTERS\",\"year\":2024,\"quarters\":[3,4]},\"basis\":\"121/2017/TT-BTC\","
                + "\"type\":\"TT\",\"period\":{\"start\":\"2024-07-01\",\"end\":\"2024-12-31\"}}");
        assertThat(MAPPER.readValue(json, Estimate.class)).isEqualTo(estimate);
    }

    @Test
    void mapper_reportsABadValueWithPathAndLocation() {
        String json = "{\"name\": \"x\",\n \"when\": {\"kind\": \"QUARTERS\", \"year\": 2024, \"quarters\": [5]}}";

        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> MAPPER.readValue(json, Estimate.class));

        assertThat(e.getOriginalMessage()).isEqualTo("The quarter 5 is not from 1 to 4 [INVALID_VALUE]");
        assertThat(e.getLocation().getLineNr()).isEqualTo(2);
        assertThat(e.getLocation().getColumnNr()).isEqualTo(10);
        assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("when");
    }

    @Test
    void mapper_reportsAnErrorInsideAPlanWithTheWholePath() {
        String json = "{\"sender\": \"huyện Kon Rẫy\", \"plan\": "
                + base("\"number\": \"II\"", "\"number\": 2") + "}";

        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> MAPPER.readValue(json, Envelope.class));

        assertThat(e.getOriginalMessage()).isEqualTo("expected a string, found a number [WRONG_TYPE]");
        assertThat(e.getLocation().getLineNr()).isEqualTo(16);
        assertThat(e.getPath()).extracting(r -> r.getFieldName() != null ? r.getFieldName() : r.getIndex())
                .containsExactly("plan", "sections", 0, "number");
        assertThat(e.getPathReference()).isEqualTo("vn.campaign.io.CampaignModuleTest$Envelope[\"plan\"]"
                + "->vn.campaign.model.Plan[\"sections\"]->java.util.List[0]->vn.campaign.model.Section[\"number\"]");
    }

    @Test
    void planReadExceptionFind_givesTheCodeLineColumnAndPointerOfAnErrorInsideAPlan() {
        String json = "{\"sender\": \"huyện Kon Rẫy\", \"plan\": "
                + base("\"number\": \"II\"", "\"number\": 2") + "}";
        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> MAPPER.readValue(json, Envelope.class));

        PlanReadException found = PlanReadException.find(new IllegalStateException("a framework's wrapper", e))
                .orElseThrow();

        assertThat(found.errorCode()).isEqualTo(ReadErrorCode.WRONG_TYPE);
        assertThat(found.pointer()).isEqualTo("/sections/0/number");
        assertThat(found.line()).isEqualTo(16);
        assertThat(found.column()).isEqualTo(e.getLocation().getColumnNr());
        assertThat(found.detail()).isEqualTo("expected a string, found a number");
    }

    @Test
    void mapper_countsColumnsInCharactersAsPlanJsonDoes() throws IOException {
        String canonical = PlanJson.create().write(SamplePlans.konRay());
        int period = canonical.indexOf("\",\n  \"period\"");
        assertThat(canonical.substring(canonical.lastIndexOf('\n', period), period)).matches("(?s).*[^\\x00-\\x7f].*");
        // A member given twice after Vietnamese text on the same line: Jackson counts its column in bytes.
        String twice = canonical.substring(0, period) + "\", \"type\": \"KH\"" + canonical.substring(period);
        PlanReadException expected = catchThrowableOfType(PlanReadException.class, () -> PlanJson.create().read(twice));

        for (Object source : List.of(twice, twice.getBytes(StandardCharsets.UTF_8))) {
            MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                    () -> {
                        if (source instanceof String) {
                            MAPPER.readValue((String) source, Plan.class);
                        } else {
                            MAPPER.readValue((byte[]) source, Plan.class);
                        }
                    });
            PlanReadException found = PlanReadException.find(e).orElseThrow();

            assertThat(List.of(found.errorCode(), found.line(), found.column(), found.pointer()))
                    .isEqualTo(List.of(ReadErrorCode.DUPLICATE_MEMBER, expected.line(), expected.column(),
                            expected.pointer()));
            assertThat(e.getLocation().getColumnNr()).isEqualTo(expected.column());
        }
    }

    @Test
    void planReadExceptionFind_findsNothingInAnotherFailure() {
        assertThat(PlanReadException.find(new IllegalStateException("no plan here", new IOException("disk"))))
                .isEmpty();
    }

    @Test
    void report_serialisesAsFindingsJson_notAsABean() throws IOException {
        ValidationReport report = PlanValidator.create().validate(SamplePlans.minimal());
        assertThat(report.findings()).isNotEmpty();

        String indented = MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);

        assertThat(indented).isEqualTo(FindingsJson.toJson(report, Language.VI));
        Finding first = report.findings().get(0);
        assertThat(MAPPER.writeValueAsString(first)).isEqualTo("{\"code\":\"" + first.code()
                + "\",\"severity\":\"" + first.severity() + "\",\"path\":\"" + first.pointer()
                + "\",\"message\":\"" + first.message(Language.VI) + "\"}");
    }

    @Test
    void report_inTheLanguageSet_hasItsMessages() throws IOException {
        ValidationReport report = PlanValidator.create().validate(SamplePlans.minimal());
        ObjectMapper english = new ObjectMapper().registerModule(new CampaignModule().language(Language.EN));

        assertThat(english.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report))
                .isEqualTo(FindingsJson.toJson(report, Language.EN))
                .isNotEqualTo(FindingsJson.toJson(report, Language.VI));
        assertThat(new CampaignModule().language()).isEqualTo(Language.VI);
    }

    @Test
    void mapper_keepsUnknownMembersByDefault() throws IOException {
        Plan plan = MAPPER.readValue(base("\"type\": \"KH\",", "\"type\": \"KH\", \"x\": [1.50],"), Plan.class);

        assertThat(plan.extensions().get("x")).contains("[1.50]");
    }

    @Test
    void strictMembers_whenEnabled_rejectsUnknownMembers() {
        ObjectMapper strict = new ObjectMapper()
                .registerModule(new CampaignModule().enable(CampaignFeature.STRICT_MEMBERS));

        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> strict.readValue(base("\"type\": \"KH\",", "\"type\": \"KH\", \"x\": 1,"), Plan.class));

        assertThat(e.getOriginalMessage()).isEqualTo("unknown member \"x\" (strict mode) [UNKNOWN_MEMBER]");
        assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("x");
    }

    @Test
    void features_startAtTheirDefaultsAndCanBeSwitched() {
        CampaignModule module = new CampaignModule();
        assertThat(module.isEnabled(CampaignFeature.STRICT_MEMBERS)).isFalse();

        assertThat(module.configure(CampaignFeature.STRICT_MEMBERS, true).isEnabled(CampaignFeature.STRICT_MEMBERS))
                .isTrue();
        assertThat(module.disable(CampaignFeature.STRICT_MEMBERS).isEnabled(CampaignFeature.STRICT_MEMBERS)).isFalse();
    }

    @Test
    void module_isNamedCampaignModule() {
        assertThat(new CampaignModule().getModuleName()).isEqualTo("CampaignModule");
    }

    /** The tests run on the build directory, which has no pom.properties (only the jar has). */
    @Test
    void version_outsideItsJar_isUnknown() {
        assertThat(new CampaignModule().version()).isEqualTo(Version.unknownVersion());
    }

    /**
     * Inside its jar the module reports the version of the jar's pom.properties: the module's classes
     * are loaded again, by a class loader that also sees such a file, as they are from the jar.
     */
    @Test
    void version_insideItsJar_isTheArtifactsVersion(@TempDir Path jar) throws Exception {
        Path properties = jar.resolve("META-INF/maven/vn.campaign/campaign-io/pom.properties");
        Files.createDirectories(properties.getParent());
        Files.writeString(properties, "groupId=vn.campaign\nartifactId=campaign-io\nversion=1.2.3-SNAPSHOT\n");
        URL[] classPath = {location(CampaignModule.class), location(Plan.class), location(ObjectMapper.class),
            location(Version.class), location(JsonAutoDetect.class), jar.toUri().toURL()};

        try (URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            Class<?> moduleClass = loader.loadClass(CampaignModule.class.getName());
            assertThat(moduleClass).isNotSameAs(CampaignModule.class);
            Object module = moduleClass.getConstructor().newInstance();
            Object version = moduleClass.getMethod("version").invoke(module);

            assertThat(version.getClass().getMethod("toFullString").invoke(version))
                    .isEqualTo("vn.campaign/campaign-io/1.2.3-SNAPSHOT");
        }
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
