package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void defaults_areTheDocumentedOnes() {
        ReadLimits limits = ReadLimits.defaults();

        assertThat(limits.maxNestingDepth()).isEqualTo(64);
        assertThat(limits.maxStringLength()).isEqualTo(1_000_000);
        assertThat(limits.maxNumberLength()).isEqualTo(100);
        assertThat(limits.maxDocumentLength()).isEqualTo(10_485_760L);
        assertThat(limits.maxCollectionSize()).isEqualTo(10_000);
    }

    @Test
    void withers_changeOneLimitEach() {
        ReadLimits limits = ReadLimits.defaults().withMaxNestingDepth(10).withMaxStringLength(20)
                .withMaxNumberLength(30).withMaxDocumentLength(40).withMaxCollectionSize(50);

        assertThat(limits).hasToString(
                "ReadLimits[maxNestingDepth=10, maxStringLength=20, maxNumberLength=30, maxDocumentLength=40,"
                + " maxCollectionSize=50]");
        assertThat(ReadLimits.defaults().maxNestingDepth()).isEqualTo(64);
    }

    @Test
    void withers_rejectOutOfRangeValues() {
        ReadLimits limits = ReadLimits.defaults();

        assertThatIllegalArgumentException().isThrownBy(() -> limits.withMaxNestingDepth(0))
                .withMessage("maxNestingDepth must be from 1 to 1000: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> limits.withMaxNestingDepth(1001));
        assertThatIllegalArgumentException().isThrownBy(() -> limits.withMaxStringLength(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> limits.withMaxNumberLength(0));
        assertThatIllegalArgumentException().isThrownBy(() -> limits.withMaxDocumentLength(Integer.MAX_VALUE));
        assertThatIllegalArgumentException().isThrownBy(() -> limits.withMaxCollectionSize(0))
                .withMessage("maxCollectionSize must be from 1 to 2147483647: 0");
    }

    @Test
    void equals_comparesAllLimits() {
        ReadLimits a = ReadLimits.defaults().withMaxStringLength(5);
        ReadLimits b = ReadLimits.defaults().withMaxStringLength(5);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(ReadLimits.defaults()).isNotEqualTo(null)
                .isNotEqualTo("ReadLimits");
        assertThat(a.withMaxNumberLength(6)).isNotEqualTo(b);
        assertThat(a.withMaxNestingDepth(6)).isNotEqualTo(b);
        assertThat(a.withMaxDocumentLength(6)).isNotEqualTo(b);
        assertThat(a.withMaxCollectionSize(6)).isNotEqualTo(b);
    }
}
