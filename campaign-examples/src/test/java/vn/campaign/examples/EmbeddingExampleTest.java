package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;

class EmbeddingExampleTest {

    @Test
    void communePlan_isValidAndSurvivesJson() throws IOException {
        Plan plan = EmbeddingExample.communePlan();
        PlanJson json = PlanJson.create();

        assertThat(PlanValidator.create().validate(plan).findings()).isEmpty();
        assertThat(json.read(json.write(plan))).isEqualTo(plan);
    }
}
