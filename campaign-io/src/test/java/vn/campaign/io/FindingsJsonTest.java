package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.Language;
import vn.campaign.validation.ValidationCode;
import vn.campaign.validation.ValidationReport;

/** The one JSON shape of findings (docs/json-format.md, section 13), and read errors as findings. */
class FindingsJsonTest {

    private static final Finding DATE = Finding.of(ValidationCode.PLAN_DATE_MISSING, PlanPointer.parse("/date"));

    private static String json(Finding finding, Language language) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(text)) {
            FindingsJson.write(generator, finding, language);
        }
        return text.toString();
    }

    @Test
    void finding_withoutContext_isCodeSeverityPathAndMessage() throws IOException {
        assertThat(json(DATE, Language.VI)).isEqualTo("{\"code\":\"PLAN_DATE_MISSING\",\"severity\":\"WARNING\","
                + "\"path\":\"/date\",\"message\":\"Kế hoạch chưa có ngày ban hành.\"}");
        assertThat(json(Finding.of("X_OWN", Severity.INFO, PlanPointer.root(), List.of()), Language.EN))
                .isEqualTo("{\"code\":\"X_OWN\",\"severity\":\"INFO\",\"path\":\"\",\"message\":\"X_OWN\"}");
    }

    @Test
    void finding_ofAComplianceCheck_hasItsFileFirstAndTheParentAfterThePath() throws IOException {
        Finding finding = Finding.of("PARENT_TASK_NOT_COVERED", Severity.ERROR, PlanPointer.parse("/sections"),
                List.of("a", "b", "c")).inFile("kon-ray.json").fromParent("kh-457.json",
                        PlanPointer.parse("/sections/0/tasks/4"));

        assertThat(json(finding, Language.EN)).startsWith("{\"file\":\"kon-ray.json\",\"code\":\"PARENT_TASK_NOT_COVERED\","
                + "\"severity\":\"ERROR\",\"path\":\"/sections\",\"parentFile\":\"kh-457.json\","
                + "\"parentPath\":\"/sections/0/tasks/4\",\"message\":\"Task ");
    }

    @Test
    void finding_withASourcePosition_hasLineColumnAndSourceBeforeTheMessage() throws IOException {
        Finding finding = Finding.of("X_OWN", Severity.INFO, PlanPointer.root(), List.of()).atLine(12, "- Tập huấn");

        assertThat(json(finding, Language.VI)).isEqualTo("{\"code\":\"X_OWN\",\"severity\":\"INFO\",\"path\":\"\","
                + "\"line\":12,\"source\":\"- Tập huấn\",\"message\":\"X_OWN\"}");
        assertThat(json(DATE.atPosition(3, 7), Language.EN)).isEqualTo("{\"code\":\"PLAN_DATE_MISSING\","
                + "\"severity\":\"WARNING\",\"path\":\"/date\",\"line\":3,\"column\":7,"
                + "\"message\":\"The plan has no date of issue.\"}");
    }

    @Test
    void toJson_isAnIndentedArrayInReportOrder() {
        ValidationReport report = ValidationReport.of(List.of(DATE,
                Finding.of(ValidationCode.PLAN_PLACE_MISSING, PlanPointer.parse("/place"))));

        assertThat(FindingsJson.toJson(report, Language.EN)).isEqualTo("[ {\n"
                + "  \"code\" : \"PLAN_DATE_MISSING\",\n"
                + "  \"severity\" : \"WARNING\",\n"
                + "  \"path\" : \"/date\",\n"
                + "  \"message\" : \"The plan has no date of issue.\"\n"
                + "}, {\n"
                + "  \"code\" : \"PLAN_PLACE_MISSING\",\n"
                + "  \"severity\" : \"INFO\",\n"
                + "  \"path\" : \"/place\",\n"
                + "  \"message\" : \"" + report.findings().get(1).message(Language.EN) + "\"\n"
                + "} ]");
        assertThat(FindingsJson.toJson(ValidationReport.of(List.of()), Language.VI)).isEqualTo("[ ]");
    }

    @Test
    void writers_rejectNulls() {
        assertThatThrownBy(() -> FindingsJson.toJson(null, Language.VI)).isInstanceOf(NullPointerException.class)
                .hasMessage("report");
        assertThatThrownBy(() -> FindingsJson.toJson(ValidationReport.of(List.of()), null))
                .isInstanceOf(NullPointerException.class).hasMessage("language");
    }

    @Test
    void readException_asAFinding_hasItsCodePointerPositionAndDetail() {
        PlanReadException e = PlanReadExceptionTest.failure(PlanJson.create(), PlanReadExceptionTest
                .base("\"number\": \"II\"", "\"number\": 2").getBytes(StandardCharsets.UTF_8));

        Finding finding = e.toFinding();

        assertThat(finding.code()).isEqualTo("WRONG_TYPE");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.pointer()).hasToString("/sections/0/number");
        assertThat(finding.line()).hasValue(16);
        assertThat(finding.column()).hasValue(17);
        assertThat(finding.arguments()).containsExactly("expected a string, found a number");
        assertThat(finding.message(Language.EN)).isEqualTo("A value of the wrong type: expected a string, found a number");
        assertThat(finding.message()).isEqualTo("Giá trị sai kiểu: expected a string, found a number");
    }

    @Test
    void everyReadCode_hasAMessageInBothLanguages() {
        for (ReadErrorCode value : ReadErrorCode.values()) {
            String code = value.code();
            Finding finding = Finding.of(value, PlanPointer.root(), "d");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message(Language.VI)).as(code).endsWith(": d").isNotEqualTo(finding.message(Language.EN));
            assertThat(finding.message(Language.EN)).as(code).endsWith(": d");
            assertThat(finding.findingCode().map(c -> c.severity())).as(code).contains(Severity.ERROR);
        }
    }
}
