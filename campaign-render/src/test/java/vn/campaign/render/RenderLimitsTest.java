package vn.campaign.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import vn.campaign.calendar.PlanCalendar;
import vn.campaign.model.Plan;
import vn.campaign.render.calendar.ICalendarWriter;
import vn.campaign.render.calendar.TimelineSvg;
import vn.campaign.testing.SamplePlans;

/** The limits of the renderers and calendar writers: each refuses before building anything. */
class RenderLimitsTest {

    private final Plan plan = SamplePlans.commune();

    @Test
    void defaults_areDocumented() {
        assertThat(RenderLimits.defaults().maxTasks()).isEqualTo(5_000);
        assertThat(RenderLimits.defaults().maxTextLength()).isEqualTo(1_000_000);
        assertThat(PlanRenderer.create().limits()).isEqualTo(RenderLimits.defaults());
    }

    @Test
    void renderer_refusesMoreTasksThanTheLimit() {
        PlanRenderer renderer = PlanRenderer.create().withLimits(RenderLimits.defaults().withMaxTasks(5));

        assertThatThrownBy(() -> renderer.docx(plan)).isInstanceOfSatisfying(RenderLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo("maxTasks");
            assertThat(e.maximum()).isEqualTo(5);
            assertThat(e).hasMessage("The plan has more than 5 tasks (limit maxTasks)");
        });
        assertThat(PlanRenderer.create().withLimits(RenderLimits.defaults().withMaxTasks(6)).markdown(plan)).isNotEmpty();
    }

    @Test
    void renderer_refusesMoreTextThanTheLimitAndWritesNothing() {
        PlanRenderer renderer = PlanRenderer.create().withLimits(RenderLimits.defaults().withMaxTextLength(100));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> renderer.render(plan, DocumentFormat.HTML, out))
                .isInstanceOfSatisfying(RenderLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxTextLength"));
        assertThat(out.size()).isZero();
    }

    @Test
    void calendars_refuseMoreEventsOrTextThanTheLimits() {
        PlanCalendar calendar = PlanCalendar.of(plan);

        assertThatThrownBy(() -> ICalendarWriter.write(calendar, RenderLimits.defaults().withMaxTasks(2)))
                .isInstanceOfSatisfying(RenderLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxTasks"));
        assertThatThrownBy(() -> TimelineSvg.render(calendar, RenderLimits.defaults().withMaxTextLength(10)))
                .isInstanceOfSatisfying(RenderLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxTextLength"));
        assertThat(ICalendarWriter.write(calendar, RenderLimits.defaults())).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void with_refusesValuesOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> RenderLimits.defaults().withMaxTasks(0))
                .withMessage("maxTasks must be at least 1: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> RenderLimits.defaults().withMaxTextLength(-5))
                .withMessage("maxTextLength must be at least 1: -5");
    }
}
