package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.TaskMatch.Basis;
import vn.campaign.compliance.TaskMatch.Coverage;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Plan;
import vn.campaign.testing.Fixtures;

/**
 * The accessors drafting and diff rest on: {@link ComplianceChecker#tasksAddressedTo},
 * {@link ComplianceChecker#correspondence} and {@link AdministrativeHierarchy#isDistrictBody}.
 */
class TaskCorrespondenceTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.create();

    @Test
    void tasksAddressedTo_followsTheLevelsOfTheTasksActors() {
        Plan parent = Fixtures.parent();

        assertThat(CHECKER.tasksAddressedTo(parent, AdministrativeLevel.DISTRICT))
                .containsExactly("p-propaganda", "p-festival", "p-review");
        // "Các cấp" reaches every level below the province; the festival and the review only the districts.
        assertThat(CHECKER.tasksAddressedTo(parent, AdministrativeLevel.COMMUNE)).containsExactly("p-propaganda");
        assertThat(CHECKER.tasksAddressedTo(parent, AdministrativeLevel.PROVINCE)).containsExactly("p-own");
    }

    @Test
    void tasksAddressedTo_agreesWithTheRowsOfTheCoverageTable() {
        Plan child = Fixtures.child().build();

        assertThat(CHECKER.coverage(child, Fixtures.parent())).extracting(TaskMatch::parentTaskId)
                .containsExactlyElementsOf(CHECKER.tasksAddressedTo(Fixtures.parent(), AdministrativeLevel.DISTRICT));
    }

    @Test
    void correspondence_pairsEveryTaskWhateverItsLevel() {
        List<TaskMatch> rows = CHECKER.correspondence(Fixtures.parent(), Fixtures.child().build());

        assertThat(rows).extracting(TaskMatch::parentTaskId).containsExactly("p-propaganda", "p-festival", "p-review",
                "p-own");
        assertThat(rows.subList(0, 3)).allSatisfy(row -> assertThat(row.basis()).isEqualTo(Basis.LINKED));
        assertThat(rows.get(1).best().orElseThrow().childTaskId()).isEqualTo("festival");
        assertThat(rows.get(3).coverage()).isEqualTo(Coverage.NOT_COVERED);
    }

    @Test
    void correspondence_ofAPlanWithItself_pairsEachTaskWithItselfFirst() {
        Plan child = Fixtures.child().build();

        assertThat(CHECKER.correspondence(child, child)).allSatisfy(row ->
                assertThat(row.best().orElseThrow().childTaskId()).isEqualTo(row.parentTaskId()));
    }

    @Test
    void correspondence_rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> CHECKER.correspondence(null, Fixtures.parent()))
                .withMessage("from");
        assertThatNullPointerException().isThrownBy(() -> CHECKER.tasksAddressedTo(Fixtures.parent(), null))
                .withMessage("level");
    }

    @Test
    void isDistrictBody_readsTheLevelOrTheName() {
        assertThat(AdministrativeHierarchy.isDistrictBody(Fixtures.districts())).isTrue();
        assertThat(AdministrativeHierarchy.isDistrictBody(Actor.atAllLevels("ubnd", ActorKind.PEOPLES_COMMITTEE,
                "Ủy ban nhân dân huyện Kon Rẫy"))).isTrue();
        assertThat(AdministrativeHierarchy.isDistrictBody(Fixtures.province())).isFalse();
        assertThat(AdministrativeHierarchy.isDistrictBody(Actor.of("xa", ActorKind.STANDING_COMMITTEE,
                AdministrativeLevel.COMMUNE, "Ban Thường trực Ủy ban MTTQ Việt Nam xã").withUnit("xã Đăk Kôi, huyện Kon Rẫy")))
                .isFalse();
        assertThat(AdministrativeHierarchy.isDistrictBody(Actor.of("tp", ActorKind.PEOPLES_COMMITTEE,
                AdministrativeLevel.PROVINCE, "Ủy ban nhân dân thành phố Đà Nẵng"))).isFalse();
    }
}
