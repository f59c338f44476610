package vn.campaign.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.io.PlanJson;
import vn.campaign.render.FindingsReport;
import vn.campaign.render.RenderLimitException;
import vn.campaign.render.RenderLimits;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/** {@code report FILE...}: the findings for people, grouped by section, with what to do. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Báo cáo kết quả kiểm tra cho người đọc, theo từng mục của kế hoạch, kèm cách xử lý "
                + "(the findings for people, grouped by the plan's sections, each with what to do).",
            "Mã thoát (exit code): 0 không có lỗi (no ERROR), 1 có lỗi (some ERROR), 2 không đọc được tệp hoặc sai "
                + "cú pháp lệnh (unreadable input or bad usage)."})
final class ReportCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format { md, html }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html",
            description = "Định dạng báo cáo (report format): md (mặc định, default) hoặc html.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Tệp kết quả (output file).")
    Path output;

    @Option(names = "--force", description = "Ghi đè tệp đã có (replace an existing output file).")
    boolean force;

    @Option(names = "--max-text-length", paramLabel = "N",
            description = "Giới hạn số ký tự của báo cáo (most characters of the report, default 1000000).")
    Long maxTextLength;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Tệp kế hoạch JSON (plan JSON files).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        RenderLimits limits;
        try {
            limits = maxTextLength == null ? RenderLimits.defaults()
                    : RenderLimits.defaults().withMaxTextLength(maxTextLength);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("report: " + e.getMessage() + " [BAD_USAGE]");
            return CampaignCli.UNREADABLE;
        }
        if (output != null) {
            Optional<String> refused = Outputs.refuseOutput(output, force, files.toArray(Path[]::new));
            if (refused.isPresent()) {
                spec.commandLine().getErr().println(refused.get());
                return CampaignCli.UNREADABLE;
            }
        }
        PlanJson json = options.json();
        PlanValidator validator = PlanValidator.create();
        FindingsReport report = FindingsReport.create().inLanguage(options.language).withLimits(limits);
        Terminal.Progress progress = new Terminal.Progress(spec.commandLine().getErr(), files.size(),
                Terminal.interactive());
        int exit = CampaignCli.OK;
        int done = 0;
        for (Path file : files) {
            progress.step(done++, file.toString());
            Optional<String> refused = Outputs.refuseInput(file, options.language);
            if (refused.isPresent()) {
                report = report.withUnreadable(file.toString(), refused.get());
                exit = CampaignCli.UNREADABLE;
                continue;
            }
            try {
                Plan plan = json.read(file);
                ValidationReport findings = validator.validate(plan);
                report = report.with(file.toString(), plan, findings);
                if (findings.hasErrors()) {
                    exit = Math.max(exit, CampaignCli.FINDINGS);
                }
            } catch (IOException e) {
                report = report.withUnreadable(file.toString(), Reports.unreadable(file, e, options.language));
                exit = CampaignCli.UNREADABLE;
            }
        }
        progress.step(done, "");
        progress.finish();
        String text;
        try {
            text = format == Format.html ? report.html() : report.markdown();
        } catch (RenderLimitException e) {
            spec.commandLine().getErr().println("report: " + e.getMessage() + " [" + RenderLimitException.CODE + "]");
            return CampaignCli.UNREADABLE;
        }
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Outputs.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                spec.commandLine().getErr().println(Outputs.unwritable(output, e));
                return CampaignCli.UNREADABLE;
            }
            spec.commandLine().getErr().println(output);
        }
        return exit;
    }
}
