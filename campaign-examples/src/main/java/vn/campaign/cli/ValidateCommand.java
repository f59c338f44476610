package vn.campaign.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.io.PlanJson;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/** {@code validate FILE...}: reads and validates plans and prints their findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Kiểm tra kế hoạch (validate plans). Mã thoát (exit code): 0 không có lỗi (no ERROR), "
                + "1 có lỗi (some ERROR), 2 không đọc được tệp hoặc sai cú pháp lệnh (unreadable input or bad usage).")
final class ValidateCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Định dạng kết quả (output format): text (mặc định, default) hoặc json.")
    Format format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Tệp kế hoạch JSON (plan JSON files).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PlanJson json = PlanJson.builder().strict(options.strict).build();
        PlanValidator validator = PlanValidator.create();
        List<Reports.Result> results = new ArrayList<>();
        int exit = CampaignCli.OK;
        for (Path file : files) {
            Reports.Result result;
            try {
                ValidationReport report = validator.validate(json.read(file));
                result = Reports.Result.validated(file, report);
                if (report.hasErrors()) {
                    exit = Math.max(exit, CampaignCli.FINDINGS);
                }
            } catch (IOException e) {
                result = Reports.Result.unreadable(file, e);
                exit = CampaignCli.UNREADABLE;
            }
            results.add(result);
        }
        if (format == Format.json) {
            Reports.printJson(results, options.language, spec.commandLine().getOut());
        } else {
            Reports.printText(results, options.language, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return exit;
    }
}
