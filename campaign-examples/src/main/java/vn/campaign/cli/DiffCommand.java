package vn.campaign.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.draft.PlanChange;
import vn.campaign.draft.PlanChanges;
import vn.campaign.draft.PlanDiffer;
import vn.campaign.finding.PlanPointer;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;

/**
 * {@code diff A B [--format text|json|md]}: what changed between two plans, task by task. Exit codes as
 * diff(1): 0 no difference, 1 differences, 2 unreadable input or bad usage.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"So sánh hai kế hoạch theo nhiệm vụ tương ứng (what changed between two plans, by task "
                + "correspondence): thêm, bỏ, sửa lời văn, đổi thời gian, đổi cơ quan; kinh phí, căn cứ, nơi nhận, phần ký.",
            "Mã thoát (exit code), như diff(1): 0 không khác (no difference), 1 có khác (differences), 2 không đọc được "
                + "tệp hoặc sai cú pháp lệnh (unreadable input or bad usage)."})
final class DiffCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--format", paramLabel = "text|json|md", defaultValue = "text",
            description = "Định dạng (format): text (mặc định, default), json, md.")
    String format;

    @Parameters(index = "0", paramLabel = "A", description = "Kế hoạch thứ nhất, trước (the first plan, before).")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "Kế hoạch thứ hai, sau (the second plan, after).")
    Path second;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!"text".equals(format) && !"json".equals(format) && !"md".equals(format)) {
            err.println("campaign-cli diff: --format is text, json or md, not " + format);
            return CampaignCli.UNREADABLE;
        }
        Optional<Plan> a = options.readOrReport(first, err);
        Optional<Plan> b = options.readOrReport(second, err);
        if (a.isEmpty() || b.isEmpty()) {
            return CampaignCli.UNREADABLE;
        }
        PlanChanges changes = PlanDiffer.create().compare(a.get(), b.get());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json":
                out.print(json(changes, options.language));
                break;
            case "md":
                out.print(changes.markdown(options.language));
                break;
            default:
                out.print(changes.text(options.language));
                break;
        }
        out.flush();
        return changes.isEmpty() ? CampaignCli.OK : CampaignCli.FINDINGS;
    }

    /** The changes as JSON: an object with the summary and an array of changes. */
    static String json(PlanChanges changes, Language language) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            generator.useDefaultPrettyPrinter();
            generator.writeStartObject();
            generator.writeStringField("summary", changes.summary(language));
            generator.writeArrayFieldStart("changes");
            for (PlanChange change : changes.changes()) {
                generator.writeStartObject();
                generator.writeStringField("kind", change.kind().name());
                generator.writeStringField("subject", change.subject());
                writeOptional(generator, "before", change.before().map(PlanPointer::toString));
                writeOptional(generator, "after", change.after().map(PlanPointer::toString));
                writeOptional(generator, "was", change.was());
                writeOptional(generator, "now", change.now());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void writeOptional(JsonGenerator generator, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            generator.writeStringField(name, value.get());
        } else {
            generator.writeNullField(name);
        }
    }
}
