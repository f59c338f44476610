package vn.campaign.io;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/** The equals/hashCode contract of the reader's settings, checked whole by EqualsVerifier. */
class EqualityContractsTest {

    @Test
    void readLimits_isEqualByEveryLimit() {
        EqualsVerifier.forClass(ReadLimits.class).verify();
    }
}
