package vn.campaign.example.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.campaign.io.BulkFormat;
import vn.campaign.io.FindingsJson;
import vn.campaign.io.PlanJson;
import vn.campaign.io.PlanReadException;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;
import vn.campaign.render.PlanRenderer;
import vn.campaign.validation.PlanValidator;

/** The example application through HTTP, with Boot 3.5's Jackson 2 ObjectMapper. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApplicationTest {

    /** The real Kon Rẫy plan bundled with the SDK's examples. */
    private static final Path KON_RAY = Path.of("../campaign-examples/src/main/resources/plans/kon-ray-2024.json");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper mapper;

    private static String konRay() throws IOException {
        return Files.readString(KON_RAY);
    }

    @Test
    void postPlanToFindings_answersTheValidatorsFindingsAsFindingsJson() throws Exception {
        Plan plan = PlanJson.create().read(KON_RAY);
        String expected = FindingsJson.toJson(PlanValidator.create().validate(plan), Language.VI);

        MvcResult result = mvc.perform(post("/plans/findings").contentType(MediaType.APPLICATION_JSON).content(konRay()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();

        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mapper.readTree(body)).isEqualTo(mapper.readTree(expected));
        assertThat(body).contains("\"code\":\"PLAN_NUMBER_MISSING\"", "\"message\":\"Kế hoạch chưa có số, ký hiệu.\"");
    }

    @Test
    void submittedPlan_readsBackAsJsonMarkdownAndHtml() throws Exception {
        Plan plan = PlanJson.create().read(KON_RAY);
        String location = mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON).content(konRay()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].severity").value("WARNING"))
                .andReturn().getResponse().getHeader("Location");
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        PlanJson.create().writeAll(List.of(plan).iterator(), line, BulkFormat.NDJSON);

        byte[] json = mvc.perform(get(location).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String markdown = mvc.perform(get(location).accept("text/markdown")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String html = mvc.perform(get(location).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // The compact form of the plan format: PlanJson's NDJSON line, byte for byte.
        assertThat(new String(json, StandardCharsets.UTF_8) + "\n").isEqualTo(line.toString(StandardCharsets.UTF_8));
        assertThat(markdown).isEqualTo(PlanRenderer.create().markdown(plan));
        assertThat(html).isEqualTo(PlanRenderer.create().html(plan));
    }

    @Test
    void planWithErrors_isRefusedWithAProblemListingItsFindings() throws Exception {
        String dated = konRay().replace("  \"period\": {", "  \"date\": \"2025-06-01\",\n  \"period\": {");

        mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON).content(dated))
                .andExpect(status().is(422))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:vn-campaign:problem:invalid-plan"))
                .andExpect(jsonPath("$.title").value("Kế hoạch không hợp lệ"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value("Kế hoạch có 1 lỗi."))
                .andExpect(jsonPath("$.findings[0].code").value("PLAN_DATE_AFTER_PERIOD"))
                .andExpect(jsonPath("$.findings[0].severity").value("ERROR"))
                .andExpect(jsonPath("$.findings[0].path").value("/date"));
    }

    @Test
    void bodyThatIsNotAPlan_isAProblemWithTheReadErrorOfPlanJson() throws Exception {
        // A number for the period, after Vietnamese text on the same line: columns count characters.
        String wrongType = konRay().replace("năm 2024\",\n  \"period\"", "năm 2024\", \"period\": 5,\n  \"period\"");
        PlanReadException expected = readError(wrongType);

        mvc.perform(post("/plans/findings").contentType(MediaType.APPLICATION_JSON).content(wrongType))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:vn-campaign:problem:unreadable-plan"))
                .andExpect(jsonPath("$.code").value("WRONG_TYPE"))
                .andExpect(jsonPath("$.line").value(expected.line()))
                .andExpect(jsonPath("$.column").value(expected.column()))
                .andExpect(jsonPath("$.pointer").value(expected.pointer()))
                .andExpect(jsonPath("$.findings[0].code").value("WRONG_TYPE"));
    }

    @Test
    void bodyThatIsNotJson_isAProblemWithTheReadErrorOfPlanJson() throws Exception {
        // Under Jackson 2 the module reports the parser's syntax errors inside the plan as PlanJson does.
        String broken = konRay().replace("năm 2024\",\n  \"period\"", "năm 2024\" ;\n  \"period\"");
        PlanReadException expected = readError(broken);

        mvc.perform(post("/plans/findings").contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_JSON"))
                .andExpect(jsonPath("$.line").value(expected.line()))
                .andExpect(jsonPath("$.column").value(expected.column()))
                .andExpect(jsonPath("$.pointer").value(expected.pointer()));
    }

    @Test
    void truncatedBody_isAProblemWithTheReadErrorOfPlanJson() throws Exception {
        String truncated = konRay().substring(0, konRay().indexOf("\"period\""));
        PlanReadException expected = readError(truncated);

        mvc.perform(post("/plans/findings").contentType(MediaType.APPLICATION_JSON).content(truncated))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_JSON"))
                .andExpect(jsonPath("$.line").value(expected.line()))
                .andExpect(jsonPath("$.column").value(expected.column()));
    }

    private static PlanReadException readError(String document) {
        try {
            PlanJson.create().read(document);
        } catch (PlanReadException e) {
            return e;
        }
        throw new AssertionError("PlanJson read it");
    }
}
