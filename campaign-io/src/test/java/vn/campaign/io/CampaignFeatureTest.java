package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.io.PlanReadExceptionTest.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Plan;

class CampaignFeatureTest {

    /**
     * What the default of STRICT_MEMBERS promises: a reader of version 1.0 keeps what a writer of a
     * later 1.x version added, through PlanJson and through the module alike.
     */
    @Test
    void strictMembers_byDefault_keepsAMemberALaterWriterAdded() throws IOException {
        String document = base("\"type\": \"KH\",", "\"type\": \"KH\", \"x-later\": {\"a\": 1},");

        assertThat(PlanJson.create().read(document).extensions().get("x-later")).contains("{\"a\":1}");
        assertThat(new ObjectMapper().registerModule(new CampaignModule()).readValue(document, Plan.class)
                .extensions().get("x-later")).contains("{\"a\":1}");
    }

    @Test
    void collectDefaults_hasTheBitOfEachFeatureEnabledByDefault() {
        for (CampaignFeature feature : CampaignFeature.values()) {
            assertThat(feature.enabledIn(CampaignFeature.collectDefaults())).as(feature.name())
                    .isEqualTo(feature.enabledByDefault());
        }
    }

    @Test
    void masks_areDistinctBits() {
        assertThat(Arrays.stream(CampaignFeature.values()).map(CampaignFeature::getMask))
                .doesNotHaveDuplicates()
                .allSatisfy(mask -> assertThat(Integer.bitCount(mask)).isEqualTo(1));
    }

    @Test
    void enabledIn_readsItsBit() {
        CampaignFeature feature = CampaignFeature.STRICT_MEMBERS;

        assertThat(feature.enabledIn(feature.getMask())).isTrue();
        assertThat(feature.enabledIn(0)).isFalse();
    }
}
