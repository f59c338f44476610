package vn.campaign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.render.DocumentFormat;
import vn.campaign.render.HeaderTitle;
import vn.campaign.render.PlanRenderer;
import vn.campaign.render.RenderLimitException;
import vn.campaign.render.RenderLimits;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/** {@code render FILE --to md|html|docx [-o OUT]}: the plan as the official document. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Xuất kế hoạch thành văn bản theo thể thức Nghị định 30/2020/NĐ-CP: Markdown, HTML hoặc Word "
                + "(render a plan as the official document, laid out as Decree 30/2020/NĐ-CP sets it: Markdown, HTML "
                + "or Word).",
            "Thiếu -o: md và html in ra màn hình, docx ghi vào tệp cùng tên trong thư mục hiện tại (without -o, md and "
                + "html go to standard output, docx to a file named after the input in the current directory).",
            "Mã thoát (exit code): 0, 1 kế hoạch có lỗi (the plan has ERROR findings; it is still rendered), "
                + "2 không đọc được tệp, vượt giới hạn hoặc sai cú pháp lệnh (unreadable input, a limit exceeded or bad "
                + "usage)."})
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--to", required = true, paramLabel = "md|html|docx", converter = FormatConverter.class,
            description = "Định dạng (format): md, html, docx.")
    DocumentFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Tệp kết quả (output file).")
    Path output;

    @Option(names = "--force", description = "Ghi đè tệp đã có (replace an existing output file).")
    boolean force;

    @Option(names = "--front-title",
            description = "In “MẶT TRẬN TỔ QUỐC VIỆT NAM” thay Quốc hiệu, tiêu ngữ (print the Front's line instead of "
                    + "the national title and motto).")
    boolean frontTitle;

    @Mixin
    RenderLimitOptions limitOptions;

    @Parameters(paramLabel = "FILE", arity = "1", description = "Tệp kế hoạch JSON (plan JSON file).")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path target = output;
        if (target == null && format == DocumentFormat.DOCX) {
            // A Word file is never written to the terminal: beside the input, under a name that says
            // what it is, and never over an existing file (the .docx the plan was imported from).
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            target = file.resolveSibling(name + ".rendered." + format.extension());
        }
        if (target != null) {
            Optional<String> refused = Outputs.refuseOutput(target, force, file);
            if (refused.isPresent()) {
                err.println(refused.get());
                return CampaignCli.UNREADABLE;
            }
        }
        Optional<Plan> read = options.readOrReport(file, err);
        if (read.isEmpty()) {
            return CampaignCli.UNREADABLE;
        }
        Plan plan = read.get();
        Optional<RenderLimits> limits = limitOptions.limitsOrReport("render", err);
        if (limits.isEmpty()) {
            return CampaignCli.UNREADABLE;
        }
        PlanRenderer renderer = PlanRenderer.create().withLimits(limits.get())
                .withHeaderTitle(frontTitle ? HeaderTitle.FRONT : HeaderTitle.NATIONAL);
        try {
            if (target == null) {
                spec.commandLine().getOut().print(format == DocumentFormat.HTML ? renderer.html(plan)
                        : renderer.markdown(plan));
                spec.commandLine().getOut().flush();
            } else {
                try {
                    Outputs.write(target, out -> renderer.render(plan, format, out));
                } catch (IOException e) {
                    err.println(Outputs.unwritable(target, e));
                    return CampaignCli.UNREADABLE;
                }
                err.println(target);
            }
        } catch (RenderLimitException e) {
            err.println(RenderLimitOptions.exceeded(file, e));
            return CampaignCli.UNREADABLE;
        }
        ValidationReport report = PlanValidator.create().validate(plan);
        if (report.hasErrors()) {
            spec.commandLine().getErr().println(file + ": " + Reports.summaryLine(report, options.language));
            return CampaignCli.FINDINGS;
        }
        return CampaignCli.OK;
    }

    /** Reads md, html or docx. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<DocumentFormat> {
        @Override
        public DocumentFormat convert(String value) {
            return DocumentFormat.fromName(value);
        }
    }
}
