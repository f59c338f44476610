package vn.campaign.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.campaign.internal.validation.TaskHasTextValidator;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

class TaskHasTextTest {

    private final TaskHasTextValidator validator = new TaskHasTextValidator();

    @Test
    void isValid_acceptsADescriptionAContentOrAForm() {
        assertThat(validator.isValid(Task.builder("a").kinds(TaskKind.TRAINING).description("Tập huấn").build(), null))
                .isTrue();
        assertThat(validator.isValid(Task.builder("a").kinds(TaskKind.TRAINING).content("05 nội dung").build(), null))
                .isTrue();
        assertThat(validator.isValid(Task.builder("a").kinds(TaskKind.TRAINING).form("Hội nghị").build(), null))
                .isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void isValid_rejectsATaskWithoutText() {
        assertThat(validator.isValid(Task.builder("a").kinds(TaskKind.TRAINING).build(), null)).isFalse();
    }

    @Test
    void task_carriesTheConstraintAsAWarning() {
        TaskHasText annotation = Task.class.getAnnotation(TaskHasText.class);

        assertThat(annotation.message()).isEqualTo("{TASK_WITHOUT_TEXT}");
        assertThat(annotation.payload()).containsExactly(Warning.class);
    }
}
