package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.model.SectionKind;
import vn.campaign.model.TaskKind;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/** The Kon Rẫy plan: the JSON resource and the Java encoding are the same plan, and it validates honestly. */
class KonRay2024Test {

    static final String RESOURCE = "/plans/kon-ray-2024.json";

    static byte[] resource() throws IOException {
        try (InputStream in = KonRay2024Test.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void jsonResource_equalsTheJavaEncoding() throws IOException {
        Plan fromJson = PlanJson.create().read(resource());

        assertThat(fromJson).isEqualTo(KonRay2024.plan());
    }

    @Test
    void jsonResource_isInCanonicalForm() throws IOException {
        byte[] bytes = resource();

        assertThat(new String(PlanJson.create().writeBytes(KonRay2024.plan()), StandardCharsets.UTF_8))
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void validation_reportsOnlyTheDocumentsRealGaps() {
        ValidationReport report = PlanValidator.create().validate(KonRay2024.plan());

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.findings())
                .extracting(Finding::code, Finding::severity, f -> f.pointer().toString())
                .containsExactlyInAnyOrder(
                        tuple("PLAN_NUMBER_MISSING", Severity.WARNING, "/number"),
                        tuple("PLAN_DATE_MISSING", Severity.WARNING, "/date"),
                        tuple("PLAN_PLACE_MISSING", Severity.INFO, "/place"),
                        tuple("DUPLICATE_SECTION_NUMBER", Severity.WARNING, "/sections/3/subsections/2/number"));
    }

    @Test
    void seedMapping_everyPointerInTheDocResolvesInTheJson() throws IOException {
        JsonNode json = new ObjectMapper().readTree(resource());
        String doc = Files.readString(Path.of("../docs/kon-ray-2024.md"));
        Matcher pointers = Pattern.compile("`(/[a-zA-Z][A-Za-z0-9/._-]*)`").matcher(doc);

        int count = 0;
        while (pointers.find()) {
            String pointer = pointers.group(1);
            assertThat(json.at(pointer).isMissingNode()).as(pointer).isFalse();
            count++;
        }
        assertThat(count).as("pointers in docs/kon-ray-2024.md").isGreaterThan(30);
    }

    @Test
    void plan_carriesTheSeedsStructure() {
        Plan plan = KonRay2024.plan();

        assertThat(plan.sections()).extracting(s -> s.number() + " " + s.kind())
                .containsExactly("I OBJECTIVES", "II CONTENT", "III FUNDING", "IV ORGANISATION");
        assertThat(plan.parentPlan()).hasValueSatisfying(parent -> {
            assertThat(parent.number()).map(Object::toString).contains("457/KH-MTTQ-BTT");
            assertThat(parent.date()).map(Object::toString).contains("2024-01-12");
        });
        assertThat(plan.allTasks().filter(t -> t.is(TaskKind.GREAT_UNITY_FESTIVAL)))
                .singleElement()
                .satisfies(t -> assertThat(t.schedule()).contains(Schedule.quarters(2024, 3, 4)));
        assertThat(plan.paragraphs(SectionKind.PURPOSE)).hasSize(1);
        assertThat(plan.responsibilities()).containsOnlyKeys(KonRay2024.DISTRICT_STANDING_COMMITTEE,
                "district-member-organisations", "commune-standing-committees");
        assertThat(plan.recipients()).hasSize(8);
        assertThat(plan.signature()).hasValueSatisfying(s -> assertThat(s.signerName()).isEqualTo("Huỳnh Minh Trung"));
    }
}
