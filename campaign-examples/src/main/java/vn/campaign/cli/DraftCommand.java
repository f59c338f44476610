package vn.campaign.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.draft.Draft;
import vn.campaign.draft.DraftNote;
import vn.campaign.draft.DraftUnit;
import vn.campaign.draft.PlanDrafter;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * {@code draft --parent PARENT --unit NAME --level LEVEL [-o child.json]}: the first draft of a child
 * plan from its parent; {@code draft --from LAST --parent NEW_PARENT [-o next.json]}: next year's plan
 * from this year's. The plan goes to {@code -o} (or standard output), the change report to standard
 * error (or {@code --report FILE}), as text or JSON.
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Soạn dự thảo kế hoạch cấp dưới từ kế hoạch cấp trên, hoặc kế hoạch năm sau từ kế hoạch năm nay "
                + "(draft a child plan from its parent plan, or next year's plan from this year's).",
            "Mã thoát (exit code): 0 dự thảo hợp lệ và phù hợp cấp trên (the draft is valid and complies with its "
                + "parent), 1 dự thảo có lỗi (the draft has ERROR findings), 2 không đọc được tệp hoặc sai cú pháp lệnh "
                + "(unreadable input or bad usage)."})
final class DraftCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--parent", required = true, paramLabel = "PARENT",
            description = "Kế hoạch cấp trên (the parent plan, JSON).")
    Path parentFile;

    @Option(names = "--unit", paramLabel = "NAME", description = "Đơn vị cấp dưới, ví dụ “xã Đăk Kôi” (the child's unit).")
    String unit;

    @Option(names = "--level", paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "Cấp của đơn vị (the unit's level): province|district|commune|residential-area, "
                    + "hoặc tỉnh|huyện|xã|khu-dân-cư.")
    AdministrativeLevel level;

    @Option(names = "--from", paramLabel = "LAST", description = "Kế hoạch năm trước (last year's plan, JSON).")
    Path lastFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Tệp dự thảo (output file of the drafted plan).")
    Path output;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Ghi báo cáo thay đổi vào tệp (write the change report to a file instead of standard error).")
    Path reportFile;

    @Option(names = "--report-format", paramLabel = "text|json", defaultValue = "text",
            description = "Dạng báo cáo thay đổi (format of the change report): text (mặc định), json.")
    String reportFormat;

    @Option(names = "--force", description = "Ghi đè tệp đã có (replace an existing output file).")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usage = usage();
        if (usage.isPresent()) {
            err.println("campaign-cli draft: " + usage.get());
            return CampaignCli.UNREADABLE;
        }
        for (Path target : new Path[] {output, reportFile}) {
            if (target != null) {
                Optional<String> refused = Outputs.refuseOutput(target, force, parentFile, lastFile);
                if (refused.isPresent()) {
                    err.println(refused.get());
                    return CampaignCli.UNREADABLE;
                }
            }
        }
        Optional<Plan> parent = options.readOrReport(parentFile, err);
        Optional<Plan> last = lastFile == null ? Optional.empty() : options.readOrReport(lastFile, err);
        if (parent.isEmpty() || lastFile != null && last.isEmpty()) {
            return CampaignCli.UNREADABLE;
        }
        Draft draft;
        try {
            PlanDrafter drafter = PlanDrafter.create();
            draft = last.isPresent() ? drafter.nextYear(last.get(), parent.get())
                    : drafter.draft(parent.get(), DraftUnit.of(unit, level));
        } catch (IllegalArgumentException e) {
            err.println("campaign-cli draft: " + e.getMessage() + " [DRAFT_REFUSED]");
            return CampaignCli.UNREADABLE;
        }
        String json = options.json().write(draft.plan());
        try {
            if (output == null) {
                spec.commandLine().getOut().print(json);
                spec.commandLine().getOut().flush();
            } else {
                Outputs.write(output, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            err.println(Outputs.unwritable(output, e));
            return CampaignCli.UNREADABLE;
        }
        String report = "json".equals(reportFormat) ? json(draft, options.language) : draft.text(options.language);
        if (reportFile == null) {
            err.print(report);
            err.flush();
        } else {
            try {
                Outputs.write(reportFile, out -> out.write(report.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                err.println(Outputs.unwritable(reportFile, e));
                return CampaignCli.UNREADABLE;
            }
        }
        ValidationReport validation = PlanValidator.create().validate(draft.plan());
        ComplianceReport compliance = ComplianceChecker.create().check(
                new NamedPlan(output == null ? "draft.json" : output.toString(), draft.plan()),
                new NamedPlan(parentFile.toString(), parent.get()));
        boolean errors = validation.hasErrors() || compliance.hasErrors();
        for (Finding finding : compliance.findings()) {
            if (finding.severity() == Severity.ERROR) {
                err.println(finding.code() + " " + finding.pointer() + ": " + finding.message(options.language));
            }
        }
        return errors ? CampaignCli.FINDINGS : CampaignCli.OK;
    }

    private Optional<String> usage() {
        if (!"text".equals(reportFormat) && !"json".equals(reportFormat)) {
            return Optional.of("--report-format is text or json, not " + reportFormat);
        }
        if (lastFile != null) {
            return unit != null || level != null ? Optional.of("--from takes the unit and level from LAST; "
                    + "give no --unit or --level") : Optional.empty();
        }
        return unit == null || level == null ? Optional.of("give --unit NAME and --level LEVEL, or --from LAST")
                : Optional.empty();
    }

    /** The change report as JSON: the notes, each with its kind, code, pointer and message. */
    static String json(Draft draft, Language language) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            generator.useDefaultPrettyPrinter();
            generator.writeStartObject();
            generator.writeArrayFieldStart("notes");
            for (DraftNote note : draft.notes()) {
                generator.writeStartObject();
                generator.writeStringField("kind", note.kind().name());
                generator.writeStringField("code", note.code().name());
                generator.writeStringField("path", note.pointer().toString());
                generator.writeArrayFieldStart("arguments");
                for (String argument : note.arguments()) {
                    generator.writeString(argument);
                }
                generator.writeEndArray();
                generator.writeStringField("message", note.message(language));
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text + "\n";
    }

    /** Reads a level by its name in English or Vietnamese. */
    static final class LevelConverter implements picocli.CommandLine.ITypeConverter<AdministrativeLevel> {
        @Override
        public AdministrativeLevel convert(String value) {
            String key = value.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            switch (key) {
                case "tỉnh":
                case "tinh":
                    return AdministrativeLevel.PROVINCE;
                case "huyện":
                case "huyen":
                    return AdministrativeLevel.DISTRICT;
                case "xã":
                case "xa":
                    return AdministrativeLevel.COMMUNE;
                case "khu_dân_cư":
                case "khu_dan_cu":
                    return AdministrativeLevel.RESIDENTIAL_AREA;
                default:
                    try {
                        return AdministrativeLevel.valueOf(key.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new picocli.CommandLine.TypeConversionException("not a level: " + value
                                + " (province, district, commune, residential-area)");
                    }
            }
        }
    }
}
