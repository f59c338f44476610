package vn.campaign.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceCode;
import vn.campaign.compliance.ComplianceProfile;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.PlanSet;
import vn.campaign.compliance.TaskMatch;
import vn.campaign.cascade.CascadeCheck;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.io.FindingsJson;
import vn.campaign.io.PlanJson;
import vn.campaign.cascade.PlanSets;
import vn.campaign.model.Language;

/**
 * {@code check CHILD --parent PARENT}, {@code check DIR} and {@code check --cascade DIR|FILE.ndjson}:
 * checks plans against their parent plans and the law in force on their dates, and prints the
 * findings with their files and, where they derive from the parent, the parent's file and path.
 *
 * <p>A folder is read whole into a {@link PlanSet}, its plans in any order. With {@code --cascade}
 * the plans are read one at a time in name (or NDJSON) order, which must be cascade order (see
 * {@link CascadeCheck}), and only each plan's ancestors are held: the way to check a national cascade.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra việc tuân thủ kế hoạch cấp trên và pháp luật (check compliance with the parent plan "
                + "and the law). PATH là một tệp (với --parent) hoặc một thư mục kế hoạch (a plan file, or a folder of "
                + "plans). Mã thoát (exit code): 0 không có lỗi (no ERROR), 1 có lỗi (some ERROR), "
                + "2 không đọc được tệp hoặc sai cú pháp lệnh (unreadable input or bad usage).")
final class CheckCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Định dạng kết quả (output format): text (mặc định, default) hoặc json.")
    ValidateCommand.Format format;

    @Option(names = "--parent", paramLabel = "PARENT", description = "Kế hoạch cấp trên (the parent plan file).")
    Optional<Path> parent;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Tệp cấu hình quy tắc (a profile: rule.ID=off, severity.CODE=ERROR|WARNING|INFO|off).")
    Optional<Path> profile;

    @Option(names = "--cascade",
            description = "Đọc lần lượt theo thứ tự hệ thống (read one plan at a time, in name order, which must be "
                    + "cascade order: every plan after its parent, depth first, as `generate` writes; holds only "
                    + "each plan's ancestors, for folders or NDJSON files of any size).")
    boolean cascade;

    @Option(names = "--require-parents",
            description = "Kế hoạch cấp trên phải có trong bộ (in a folder or cascade, a plan whose cited parent is "
                    + "not in the set is an ERROR instead of a WARNING: PARENT_NOT_FOUND).")
    boolean requireParents;

    @Option(names = "--explain",
            description = "In bảng tương ứng nhiệm vụ (with --parent: print the coverage table, each parent task "
                    + "addressed to this level and the tasks that carry it out, with the evidence) before the findings.")
    boolean explain;

    @Parameters(paramLabel = "PATH", arity = "1", description = "Tệp kế hoạch hoặc thư mục (a plan file or a folder).")
    Path path;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ComplianceChecker.Builder builder = ComplianceChecker.builder()
                .loadRules(Thread.currentThread().getContextClassLoader());
        ComplianceProfile rules = ComplianceProfile.DEFAULT;
        if (profile.isPresent()) {
            try (Reader reader = Files.newBufferedReader(profile.get(), StandardCharsets.UTF_8)) {
                rules = ComplianceProfile.read(reader);
            } catch (IOException | IllegalArgumentException e) {
                err.println(profile.get() + ": " + e.getMessage() + " [BAD_PROFILE]");
                return CampaignCli.UNREADABLE;
            }
        }
        if (requireParents) {
            rules = rules.withSeverity(ComplianceCode.PARENT_NOT_FOUND.code(), Severity.ERROR);
        }
        builder.profile(rules);
        ComplianceChecker checker = builder.build();
        PlanJson json = options.json();
        ComplianceReport report;
        if (explain && parent.isEmpty()) {
            err.println("campaign-cli check: --explain goes with --parent");
            return CampaignCli.UNREADABLE;
        }
        if (cascade) {
            if (parent.isPresent()) {
                err.println("campaign-cli check: --parent goes with a plan file, not with --cascade");
                return CampaignCli.UNREADABLE;
            }
            Optional<ComplianceReport> streamed = checkCascade(checker, json, err);
            if (streamed.isEmpty()) {
                return CampaignCli.UNREADABLE;
            }
            report = streamed.get();
        } else if (Files.isDirectory(path)) {
            if (parent.isPresent()) {
                err.println("campaign-cli check: --parent goes with a plan file, not with a folder");
                return CampaignCli.UNREADABLE;
            }
            boolean[] failed = {false};
            try {
                // Each file that cannot be read is one line naming it; the others are still checked.
                report = checker.check(PlanSets.read(path, json, (file, e) -> {
                    err.println(Reports.unreadable(file, e, options.language));
                    failed[0] = true;
                }));
            } catch (IOException | IllegalArgumentException e) {
                err.println(path + ": " + e.getMessage());
                return CampaignCli.UNREADABLE;
            }
            if (failed[0]) {
                print(report);
                return CampaignCli.UNREADABLE;
            }
        } else {
            Optional<NamedPlan> child = read(json, path, err, options.language);
            if (child.isEmpty()) {
                return CampaignCli.UNREADABLE;
            }
            if (parent.isPresent()) {
                Optional<NamedPlan> parentPlan = read(json, parent.get(), err, options.language);
                if (parentPlan.isEmpty()) {
                    return CampaignCli.UNREADABLE;
                }
                report = checker.check(child.get(), parentPlan.get());
                if (explain) {
                    printCoverage(checker.coverage(child.get().plan(), parentPlan.get().plan()), options.language,
                            spec.commandLine().getOut());
                }
            } else {
                report = checker.check(PlanSet.of(child.get()));
            }
        }
        print(report);
        return report.hasErrors() ? CampaignCli.FINDINGS : CampaignCli.OK;
    }

    private void print(ComplianceReport report) throws IOException {
        if (format == ValidateCommand.Format.json) {
            printJson(report, options.language, spec.commandLine().getOut());
        } else {
            printText(report, options.language, spec.commandLine().getOut());
        }
    }

    /** Checks the plans of a folder or an NDJSON file one at a time, on all cores; empty if one cannot be read. */
    private Optional<ComplianceReport> checkCascade(ComplianceChecker checker, PlanJson json, PrintWriter err)
            throws IOException {
        PlanSet supportLevels;
        try {
            supportLevels = Files.isDirectory(path) ? PlanSets.supportLevels(path) : PlanSet.of();
        } catch (IOException | IllegalArgumentException e) {
            err.println(path.resolve(PlanSets.SUPPORT_LEVELS) + ": " + e.getMessage());
            return Optional.empty();
        }
        CascadeCheck check = CascadeCheck.builder().json(json).withoutValidation().checker(checker)
                .supportLevels(supportLevels).build();
        List<Finding> findings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        CascadeCheck.Summary summary;
        try {
            summary = check.run(path, result -> {
                if (result.failure().isPresent()) {
                    err.println(Reports.unreadable(Path.of(result.name()), result.failure().get(), options.language));
                } else {
                    files.add(result.name());
                    findings.addAll(result.compliance().orElseThrow().findings());
                }
            });
        } catch (IOException e) {
            err.println(Reports.unreadable(path, e, options.language));
            return Optional.empty();
        }
        if (summary.unreadable() > 0) {
            return Optional.empty();
        }
        return Optional.of(ComplianceReport.of(findings, files, checker.ruleIds(), ComplianceChecker.RULE_DATA_VERSION,
                checker.profile().name()));
    }

    private static Optional<NamedPlan> read(PlanJson json, Path file, PrintWriter err, Language language) {
        try {
            return Optional.of(new NamedPlan(file.toString(), json.read(file)));
        } catch (IOException e) {
            err.println(Reports.unreadable(file, e, language));
            return Optional.empty();
        }
    }

    static void printText(ComplianceReport report, Language language, PrintWriter out) {
        for (Finding finding : report.findings()) {
            StringBuilder line = new StringBuilder(finding.file().orElse("")).append(": ")
                    .append(finding.severity().name()).append(' ').append(finding.code()).append(' ')
                    .append(finding.pointer().isRoot() ? "/" : finding.pointer().toString());
            finding.parentPointer().ifPresent(pointer -> line.append(" (")
                    .append(language == Language.VI ? "từ " : "from ").append(finding.parentFile().orElse(""))
                    .append('#').append(pointer).append(')'));
            out.println(line.append(": ").append(finding.message(language)));
        }
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        out.println((language == Language.VI
                ? errors + " lỗi, " + warnings + " cảnh báo, " + infos + " thông tin"
                : errors + " errors, " + warnings + " warnings, " + infos + " notes")
                + " (" + report.files().size() + (language == Language.VI ? " kế hoạch; quy tắc " : " plans; rules ")
                + String.join(",", report.ruleIds()) + "; " + (language == Language.VI ? "dữ liệu " : "data ")
                + report.ruleDataVersion() + "; profile " + report.profile() + ")");
        out.flush();
    }

    /**
     * The coverage table for people: one block per parent task, "✓" covered, "?" weak, "✗" not
     * covered, then its candidates with their basis and score.
     */
    static void printCoverage(List<TaskMatch> rows, Language language, PrintWriter out) {
        boolean vi = language == Language.VI;
        out.println(vi ? "Bảng tương ứng nhiệm vụ (nhiệm vụ cấp trên → nhiệm vụ của kế hoạch):"
                : "Coverage table (parent task → this plan's tasks):");
        for (TaskMatch row : rows) {
            String mark = row.coverage() == TaskMatch.Coverage.COVERED ? "✓"
                    : row.coverage() == TaskMatch.Coverage.WEAK ? "?" : "✗";
            out.println(mark + " " + row.parentTaskId() + " “" + row.parentLabel() + "” " + row.parentPointer()
                    + ": " + row.basis() + String.format(Locale.ROOT, " %.2f", row.score()));
            for (TaskMatch.Candidate candidate : row.candidates()) {
                out.println("    " + candidate.childTaskId() + " " + candidate.childPointer() + " "
                        + candidate.basis() + String.format(Locale.ROOT, " %.2f", candidate.score()));
            }
        }
        out.println();
        out.flush();
    }

    static void printJson(ComplianceReport report, Language language, PrintWriter out) throws IOException {
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.useDefaultPrettyPrinter();
            FindingsJson.write(generator, report, language);
        }
        out.println();
        out.flush();
    }
}
