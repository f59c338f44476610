package vn.campaign.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.render.RenderLimitException;
import vn.campaign.render.RenderLimits;
import vn.campaign.render.calendar.ICalendarWriter;
import vn.campaign.render.calendar.MonthAgenda;
import vn.campaign.calendar.PlanCalendar;
import vn.campaign.render.calendar.TimelineSvg;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/** {@code schedule FILE [--ics OUT] [--svg OUT]}: the agenda by month, a calendar file, a timeline. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"In lịch thực hiện kế hoạch theo tháng; xuất tệp lịch iCalendar và biểu đồ tiến độ SVG "
                + "(print the plan's agenda by month; write an iCalendar file and an SVG timeline).",
            "Mã thoát (exit code): 0, 1 kế hoạch có lỗi (the plan has ERROR findings), 2 không đọc được tệp, vượt giới "
                + "hạn hoặc sai cú pháp lệnh (unreadable input, a limit exceeded or bad usage)."})
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--ics", paramLabel = "OUT", description = "Ghi tệp lịch iCalendar (write an .ics file).")
    Path ics;

    @Option(names = "--svg", paramLabel = "OUT", description = "Ghi biểu đồ tiến độ SVG (write an SVG timeline).")
    Path svg;

    @Option(names = "--force", description = "Ghi đè tệp đã có (replace an existing output file).")
    boolean force;

    @Mixin
    RenderLimitOptions limitOptions;

    @Parameters(paramLabel = "FILE", arity = "1", description = "Tệp kế hoạch JSON (plan JSON file).")
    Path file;

    @Override
    public Integer call() throws IOException {
        for (Path target : new Path[] {ics, svg}) {
            Optional<String> refused = target == null ? Optional.empty() : Outputs.refuseOutput(target, force, file);
            if (refused.isPresent()) {
                spec.commandLine().getErr().println(refused.get());
                return CampaignCli.UNREADABLE;
            }
        }
        Optional<Plan> read = options.readOrReport(file, spec.commandLine().getErr());
        if (read.isEmpty()) {
            return CampaignCli.UNREADABLE;
        }
        Plan plan = read.get();
        Optional<RenderLimits> limits = limitOptions.limitsOrReport("schedule", spec.commandLine().getErr());
        if (limits.isEmpty()) {
            return CampaignCli.UNREADABLE;
        }
        PlanCalendar calendar = PlanCalendar.of(plan);
        try {
            // Checked before the agenda is printed, so that a plan beyond a limit prints nothing but its line.
            limits.get().check(calendar);
        } catch (RenderLimitException e) {
            spec.commandLine().getErr().println(RenderLimitOptions.exceeded(file, e));
            return CampaignCli.UNREADABLE;
        }
        spec.commandLine().getOut().print(MonthAgenda.render(calendar, Terminal.interactive()));
        spec.commandLine().getOut().flush();
        if (ics != null && !write(ics, ICalendarWriter.write(calendar, limits.get()))) {
            return CampaignCli.UNREADABLE;
        }
        if (svg != null && !write(svg, TimelineSvg.render(calendar, limits.get()))) {
            return CampaignCli.UNREADABLE;
        }
        ValidationReport report = PlanValidator.create().validate(plan);
        if (report.hasErrors()) {
            spec.commandLine().getErr().println(file + ": " + Reports.summaryLine(report, options.language));
            return CampaignCli.FINDINGS;
        }
        return CampaignCli.OK;
    }

    private boolean write(Path target, String text) {
        try {
            Outputs.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            spec.commandLine().getErr().println(Outputs.unwritable(target, e));
            return false;
        }
        spec.commandLine().getErr().println(target);
        return true;
    }
}
