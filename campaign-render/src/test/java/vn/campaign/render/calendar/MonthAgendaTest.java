package vn.campaign.render.calendar;

import vn.campaign.calendar.PlanCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.campaign.testing.SamplePlans;

class MonthAgendaTest {

    private final PlanCalendar calendar = PlanCalendar.of(SamplePlans.commune());

    @Test
    void agenda_listsWholePeriodTasksOnceThenEachMonthsStartsAndRunningTasks() {
        String agenda = MonthAgenda.render(calendar);

        assertThat(agenda).startsWith("Kế hoạch triển khai Cuộc vận động trên địa bàn xã Tân Lập giai đoạn 2024 - 2025\n"
                + "Kỳ kế hoạch: 01/01/2024 – 31/12/2025\n\nSuốt kỳ kế hoạch\n"
                + "  • II.1. Công tác tuyên truyền (Thường xuyên)\n"
                + "  • IV.1. Ban Thường trực Ủy ban MTTQ Việt Nam xã (Thường xuyên)\n\n"
                + "Tháng 01/2024\n  • 01/01/2024 – 31/03/2024  II.3. Tập huấn cán bộ thôn. (Quý I, III/2024)\n"
                + "Tháng 02/2024\n  Đang tiếp tục: II.3\n");
        assertThat(agenda).contains("Tháng 04/2024\n  Không có việc mới\n")
                .contains("Tháng 11/2024\n  • 18/11/2024  II.2. Ngày hội Đại đoàn kết toàn dân tộc (Ngày 18/11 hằng năm)\n")
                .contains("Tháng 11/2025\n  • 18/11/2025  II.2. Ngày hội Đại đoàn kết toàn dân tộc")
                .endsWith("Không ghi thời gian thực hiện (1)\n  • II.3. Phối hợp với các đoàn thể.\n");
        assertThat(agenda).doesNotContain("\u001b[");
    }

    @Test
    void agenda_usesAnsiColourOnlyWhenAsked() {
        String agenda = MonthAgenda.render(calendar, true);

        assertThat(agenda).contains("\u001b[1mTháng 11/2024\u001b[0m").contains("\u001b[36m18/11/2024\u001b[0m");
    }
}
