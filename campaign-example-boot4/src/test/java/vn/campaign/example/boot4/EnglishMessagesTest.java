package vn.campaign.example.boot4;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code campaign.language=en}: the module bean of the starter, with English messages, is the one
 * Boot 4's JsonMapper uses, although Boot also finds the module through its service file.
 */
@SpringBootTest(properties = "campaign.language=en")
@AutoConfigureMockMvc
class EnglishMessagesTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void findingsAndProblems_areInEnglish() throws Exception {
        String plan = Files.readString(Path.of("../campaign-examples/src/main/resources/plans/kon-ray-2024.json"));

        mvc.perform(post("/plans/findings").contentType(MediaType.APPLICATION_JSON).content(plan))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'PLAN_NUMBER_MISSING')].message")
                        .value("The plan has no number and symbol."));
        mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON)
                        .content(plan.replace("  \"period\": {", "  \"date\": \"2025-06-01\",\n  \"period\": {")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.title").value("The plan is not valid"))
                .andExpect(jsonPath("$.detail").value("The plan has 1 error."));
    }
}
