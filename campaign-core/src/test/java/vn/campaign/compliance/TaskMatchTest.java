package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.TaskMatch.Basis;
import vn.campaign.compliance.TaskMatch.Candidate;
import vn.campaign.compliance.TaskMatch.Coverage;
import vn.campaign.finding.PlanPointer;

/** The public contract of {@link TaskMatch} and its {@link Candidate}: one row of a coverage table. */
class TaskMatchTest {

    private static final PlanPointer PARENT_TASK = PlanPointer.parse("/sections/0/tasks/1");
    private static final Candidate LINKED = new Candidate("festival", PlanPointer.parse("/sections/0/tasks/1"),
            Basis.LINKED, 1);
    private static final Candidate BY_KIND = new Candidate("meeting", PlanPointer.parse("/sections/0/tasks/3"),
            Basis.KIND_ONLY, 0.2);

    private static TaskMatch match(double score, List<Candidate> candidates) {
        return new TaskMatch("p-festival", PARENT_TASK, "Ngày hội Đại đoàn kết toàn dân tộc", Coverage.COVERED,
                Basis.LINKED, score, candidates);
    }

    // TaskMatch

    @Test
    void best_isTheFirstCandidate() {
        assertThat(match(1, List.of(LINKED, BY_KIND)).best()).containsSame(LINKED);
        assertThat(match(0.2, List.of(BY_KIND, LINKED)).best()).containsSame(BY_KIND);
    }

    @Test
    void best_withoutCandidates_isEmpty() {
        assertThat(match(0, List.of()).best()).isEmpty();
    }

    @Test
    void taskMatch_copiesTheCandidates() {
        List<Candidate> candidates = new ArrayList<>(List.of(LINKED));
        TaskMatch match = match(1, candidates);
        candidates.add(BY_KIND);

        assertThat(match.candidates()).containsExactly(LINKED);
        assertThatThrownBy(() -> match.candidates().add(BY_KIND)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void taskMatch_acceptsScoresFromZeroToOne() {
        assertThat(match(0, List.of()).score()).isEqualTo(0.0);
        assertThat(match(1, List.of()).score()).isEqualTo(1.0);
    }

    @Test
    void taskMatch_rejectsAScoreOutsideZeroToOne() {
        assertThatThrownBy(() -> match(-0.01, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A score is between 0 and 1: -0.01");
        assertThatThrownBy(() -> match(1.01, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A score is between 0 and 1: 1.01");
        assertThatThrownBy(() -> match(Double.NaN, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A score is between 0 and 1: NaN");
    }

    @Test
    void taskMatch_rejectsNullsNamingThem() {
        List<Candidate> none = List.of();
        assertThatThrownBy(() -> new TaskMatch(null, PARENT_TASK, "l", Coverage.COVERED, Basis.LINKED, 1, none))
                .isInstanceOf(NullPointerException.class).hasMessage("parentTaskId");
        assertThatThrownBy(() -> new TaskMatch("p", null, "l", Coverage.COVERED, Basis.LINKED, 1, none))
                .isInstanceOf(NullPointerException.class).hasMessage("parentPointer");
        assertThatThrownBy(() -> new TaskMatch("p", PARENT_TASK, null, Coverage.COVERED, Basis.LINKED, 1, none))
                .isInstanceOf(NullPointerException.class).hasMessage("parentLabel");
        assertThatThrownBy(() -> new TaskMatch("p", PARENT_TASK, "l", null, Basis.LINKED, 1, none))
                .isInstanceOf(NullPointerException.class).hasMessage("coverage");
        assertThatThrownBy(() -> new TaskMatch("p", PARENT_TASK, "l", Coverage.COVERED, null, 1, none))
                .isInstanceOf(NullPointerException.class).hasMessage("basis");
        assertThatThrownBy(() -> new TaskMatch("p", PARENT_TASK, "l", Coverage.COVERED, Basis.LINKED, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("candidates");
        assertThatThrownBy(() -> match(1, Arrays.asList(LINKED, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("candidates element");
    }

    @Test
    void basis_isListedStrongestFirst() {
        assertThat(Basis.values()).containsExactly(Basis.LINKED, Basis.NOT_APPLICABLE, Basis.KIND_AND_WORDING,
                Basis.WORDING, Basis.KIND_ONLY, Basis.NONE);
    }

    // Candidate

    @Test
    void candidate_holdsItsValues() {
        assertThat(BY_KIND.childTaskId()).isEqualTo("meeting");
        assertThat(BY_KIND.childPointer()).hasToString("/sections/0/tasks/3");
        assertThat(BY_KIND.basis()).isEqualTo(Basis.KIND_ONLY);
        assertThat(BY_KIND.score()).isEqualTo(0.2);
    }

    @Test
    void candidate_rejectsAScoreOutsideZeroToOne() {
        PlanPointer at = PlanPointer.root();
        assertThatThrownBy(() -> new Candidate("c", at, Basis.WORDING, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A score is between 0 and 1: -1.0");
        assertThatThrownBy(() -> new Candidate("c", at, Basis.WORDING, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A score is between 0 and 1: 2.0");
        assertThatThrownBy(() -> new Candidate("c", at, Basis.WORDING, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A score is between 0 and 1: NaN");
    }

    @Test
    void candidate_rejectsNullsNamingThem() {
        PlanPointer at = PlanPointer.root();
        assertThatThrownBy(() -> new Candidate(null, at, Basis.WORDING, 0.5)).isInstanceOf(NullPointerException.class)
                .hasMessage("childTaskId");
        assertThatThrownBy(() -> new Candidate("c", null, Basis.WORDING, 0.5)).isInstanceOf(NullPointerException.class)
                .hasMessage("childPointer");
        assertThatThrownBy(() -> new Candidate("c", at, null, 0.5)).isInstanceOf(NullPointerException.class)
                .hasMessage("basis");
    }
}
