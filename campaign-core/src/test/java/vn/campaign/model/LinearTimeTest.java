package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.campaign.testing.LinearTime;

/**
 * Every regular expression of the model's parsers and of the validation runs in linear time on its
 * pathological inputs (long runs of the characters it names): the parsers of {@link DocumentNumber},
 * {@link ScheduleText} and {@link Money} do their work with these patterns only. Work is counted
 * through a counting {@link CharSequence}, never timed.
 */
class LinearTimeTest {

    @Test
    void everyPatternOfTheModelAndTheValidation_growsLinearlyOnRunsOfItsCharacters() throws Exception {
        Map<String, Pattern> patterns = LinearTime.patterns(DocumentNumber.class, Money.class, ScheduleText.class,
                Class.forName("vn.campaign.internal.compliance.DistrictBodies"),
                Class.forName("vn.campaign.internal.validation.ConstraintFindings"),
                Class.forName("vn.campaign.internal.validation.PlanRules"));
        List<String> failures = new ArrayList<>();
        patterns.forEach((name, pattern) -> {
            if (name.startsWith("DocumentNumber.") && !name.equals("DocumentNumber.SPACE_PATTERN")) {
                // Matched whole only, on at most MAX_LENGTH characters (parse refuses longer texts first).
                LinearTime.check(name, pattern, LinearTime.Use.MATCH, 4 * DocumentNumber.MAX_LENGTH, failures::add);
            } else {
                LinearTime.check(name, pattern, 5_000, failures::add);
            }
        });

        assertThat(patterns).hasSizeGreaterThan(20);
        assertThat(failures).isEmpty();
    }

    /** A hostile document number of 20,000 characters ran the issuer pattern out of stack. */
    @Test
    void documentNumber_refusesALongTextBeforeAnyPattern() {
        String hostile = "1/KH-" + "a-".repeat(10_000) + "a";

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumber.parse(hostile))
                .withMessageStartingWith("Not a document number: \"1/KH-a-a-")
                .withMessageContaining("(longer than 100 characters;");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> DocumentNumber.administrative("1", DocumentType.PLAN, "a-".repeat(10_000) + "a"))
                .withMessageStartingWith("Not an issuer code: ");
    }
}
