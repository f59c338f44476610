package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.campaign.io.PlanReadExceptionTest.base;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;

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
    void module_hasANameAndAVersion() {
        CampaignModule module = new CampaignModule();

        assertThat(module.getModuleName()).isEqualTo("CampaignModule");
        assertThat(module.version()).isNotNull();
        assertThat(List.of(Version.unknownVersion().getArtifactId(), "campaign-io"))
                .contains(module.version().getArtifactId());
    }
}
