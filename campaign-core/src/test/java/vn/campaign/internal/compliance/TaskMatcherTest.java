package vn.campaign.internal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.TaskMatch;
import vn.campaign.compliance.TaskMatch.Basis;
import vn.campaign.compliance.TaskMatch.Coverage;
import vn.campaign.finding.PlanPointer;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

class TaskMatcherTest {

    private static final String REF = "kh-457";

    private static TaskMatcher.Item item(String pointer, String heading, Task task) {
        String text = task.description().orElse("");
        return new TaskMatcher.Item(task, PlanPointer.parse(pointer), TaskMatcher.label(heading.isEmpty() ? text : heading),
                Wording.of(heading + " " + text));
    }

    private static Task task(String id, String text, TaskKind... kinds) {
        return Task.builder(id).kinds(kinds).description(text).build();
    }

    private final TaskMatcher.Item festival = item("/sections/0/tasks/4", "", task("great-unity-festival",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư theo Hướng dẫn số 113/HD-MTTW-BTT.",
            TaskKind.GREAT_UNITY_FESTIVAL));

    @Test
    void match_kindAndWording_covers() {
        TaskMatcher.Item child = item("/sections/1/subsections/3/subsections/0/tasks/0",
                "Ngày hội Đại đoàn kết toàn dân tộc", task("II.4.1-1",
                        "Ban Thường trực các xã chủ động xây dựng kế hoạch tổ chức Ngày hội ở khu dân cư.",
                        TaskKind.GREAT_UNITY_FESTIVAL, TaskKind.PLANNING));

        TaskMatch match = TaskMatcher.match(festival, List.of(child), REF, false);

        assertThat(match.coverage()).isEqualTo(Coverage.COVERED);
        assertThat(match.basis()).isEqualTo(Basis.KIND_AND_WORDING);
        assertThat(match.best().orElseThrow().childTaskId()).isEqualTo("II.4.1-1");
        assertThat(match.parentLabel()).isEqualTo("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư…");
    }

    @Test
    void match_unrelatedTasksNeverCover() {
        TaskMatcher.Item propaganda = item("/sections/1/tasks/0", "", task("II.1-1",
                "Thực hiện tuyên truyền 05 nội dung Cuộc vận động ở khu dân cư.", TaskKind.PROPAGANDA));
        TaskMatcher.Item training = item("/sections/1/tasks/1", "", task("II.2-1",
                "Cử cán bộ tham gia tập huấn do tỉnh tổ chức.", TaskKind.TRAINING));

        TaskMatch match = TaskMatcher.match(festival, List.of(propaganda, training), REF, false);

        assertThat(match.coverage()).isEqualTo(Coverage.NOT_COVERED);
        assertThat(match.basis()).isEqualTo(Basis.NONE);
        assertThat(match.candidates()).isEmpty();
    }

    @Test
    void match_aLinkWinsOverBetterWording() {
        TaskMatcher.Item linked = new TaskMatcher.Item(Task.builder("x").kinds(TaskKind.OTHER)
                .description("Việc khác").implementsTask(REF, "great-unity-festival").build(),
                PlanPointer.parse("/sections/2/tasks/0"),
                "Việc khác", Wording.of("Việc khác"));
        TaskMatcher.Item similar = item("/sections/1/tasks/0", "Ngày hội Đại đoàn kết toàn dân tộc",
                task("y", "Tổ chức Ngày hội.", TaskKind.GREAT_UNITY_FESTIVAL));

        TaskMatch match = TaskMatcher.match(festival, List.of(similar, linked), REF, false);

        assertThat(match.basis()).isEqualTo(Basis.LINKED);
        assertThat(match.score()).isEqualTo(1.0);
        assertThat(match.candidates()).extracting(TaskMatch.Candidate::childTaskId).containsExactly("x");
    }

    @Test
    void match_declaredNotApplicable_covers() {
        TaskMatch match = TaskMatcher.match(festival, List.of(), REF, true);

        assertThat(match.coverage()).isEqualTo(Coverage.COVERED);
        assertThat(match.basis()).isEqualTo(Basis.NOT_APPLICABLE);
    }

    @Test
    void match_wordingAloneIsWeak() {
        TaskMatcher.Item reworded = item("/sections/1/tasks/0", "", task("II.4-1",
                "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", TaskKind.OTHER));

        TaskMatch match = TaskMatcher.match(festival, List.of(reworded), REF, false);

        assertThat(match.coverage()).isEqualTo(Coverage.WEAK);
        assertThat(match.basis()).isEqualTo(Basis.WORDING);
    }

    @Test
    void match_aGeneralKindAloneIsWeak() {
        TaskMatcher.Item parent = item("/sections/0/tasks/6", "", task("coordination",
                "Phối hợp với các cơ quan trong thực hiện Cuộc vận động.", TaskKind.COORDINATION));
        TaskMatcher.Item child = item("/sections/1/tasks/0", "", task("II.5-1",
                "Chương trình với Hội Nông dân về sản xuất.", TaskKind.COORDINATION));

        TaskMatch match = TaskMatcher.match(parent, List.of(child), REF, false);

        assertThat(match.basis()).isEqualTo(Basis.KIND_ONLY);
        assertThat(match.coverage()).isEqualTo(Coverage.WEAK);
    }

    @Test
    void kindScore_ranksMainKindsAboveSecondaryOnes() {
        Task parent = task("p", "", TaskKind.INSPECTION_SUPERVISION, TaskKind.FINAL_REVIEW);

        assertThat(TaskMatcher.kindScore(parent, task("a", "", TaskKind.INSPECTION_SUPERVISION))).isEqualTo(1.0);
        assertThat(TaskMatcher.kindScore(parent, task("b", "", TaskKind.COORDINATION,
                TaskKind.INSPECTION_SUPERVISION))).isEqualTo(0.8);
        assertThat(TaskMatcher.kindScore(parent, task("c", "", TaskKind.FINAL_REVIEW))).isEqualTo(0.6);
        assertThat(TaskMatcher.kindScore(parent, task("d", "", TaskKind.TRAINING, TaskKind.FINAL_REVIEW)))
                .isEqualTo(0.4);
        assertThat(TaskMatcher.kindScore(parent, task("e", "", TaskKind.TRAINING))).isZero();
        assertThat(TaskMatcher.kindScore(task("o", "", TaskKind.OTHER), task("f", "", TaskKind.OTHER))).isZero();
    }

    @Test
    void label_cutsBetweenWordsOnOneLine() {
        assertThat(TaskMatcher.label("Tuyên truyền\n05 nội dung")).isEqualTo("Tuyên truyền 05 nội dung");
        assertThat(TaskMatcher.label("a".repeat(70))).hasSize(TaskMatcher.MAX_LABEL);
        assertThat(TaskMatcher.label("😀".repeat(40))).doesNotContain("\uD83D…").endsWith("…");
    }
}
