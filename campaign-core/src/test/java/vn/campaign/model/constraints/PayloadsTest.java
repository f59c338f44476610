package vn.campaign.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Payload;
import org.junit.jupiter.api.Test;

class PayloadsTest {

    @Test
    void warningAndInfo_arePayloads() {
        assertThat(Payload.class).isAssignableFrom(Warning.class);
        assertThat(Payload.class).isAssignableFrom(Info.class);
    }
}
