package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import vn.campaign.finding.Finding;
import vn.campaign.testing.Fixtures;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;

/** What the validator checks of the 1.1 links inside one plan. */
class TaskLinkValidationTest {

    private static final PlanValidator VALIDATOR = PlanValidator.create();

    @Test
    void validate_reportsLinksAndDeclarationsToUnknownReferences() {
        Plan plan = Fixtures.child(Fixtures.propaganda().implementsTask("kh-999", "p-propaganda").build())
                .notApplicable("kh-998", "p-festival", "không áp dụng").build();

        assertThat(VALIDATOR.validate(plan).findings("UNKNOWN_REFERENCE"))
                .extracting(f -> f.pointer().toString(), Finding::arguments)
                .containsExactly(tuple("/notApplicable/0/referenceId", java.util.List.of("kh-998")),
                        tuple("/sections/0/tasks/0/implementsTasks/1/referenceId", java.util.List.of("kh-999")));
    }

    @Test
    void validate_acceptsLinksToThePlansReferences() {
        Plan plan = Fixtures.child().notApplicable(Fixtures.REF, "p-own", "việc của tỉnh").build();

        assertThat(VALIDATOR.validate(plan).findings("UNKNOWN_REFERENCE")).isEmpty();
    }

    @Test
    void validate_reportsABlankReasonAndABadTaskId() {
        Plan plan = Fixtures.child().notApplicable(Fixtures.REF, "bad id", " ").build();

        assertThat(VALIDATOR.validate(plan).findings()).extracting(Finding::code, f -> f.pointer().toString())
                .contains(tuple("BLANK_TEXT", "/notApplicable/0/reason"),
                        tuple("INVALID_ID", "/notApplicable/0/taskId"));
    }
}
