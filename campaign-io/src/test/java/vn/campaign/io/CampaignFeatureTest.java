package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CampaignFeatureTest {

    @Test
    void strictMembers_isDisabledByDefault() {
        assertThat(CampaignFeature.STRICT_MEMBERS.enabledByDefault()).isFalse();
        assertThat(CampaignFeature.collectDefaults()).isZero();
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
