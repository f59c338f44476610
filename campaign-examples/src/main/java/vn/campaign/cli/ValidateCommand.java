package vn.campaign.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.io.PlanEntry;
import vn.campaign.io.PlanJson;
import vn.campaign.validation.PlanValidator;

/**
 * {@code validate FILE...}: reads and validates plans and prints their findings. A FILE may be a
 * plan ({@code *.json}), a stream of plans (NDJSON, {@code *.ndjson}, or a JSON array, a file whose
 * first character is {@code [}), whose documents are validated one by one, or a folder, whose
 * {@code *.json} and {@code *.ndjson} files are validated in name order (not its sub-folders).
 */
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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Tệp kế hoạch JSON, NDJSON hoặc thư mục "
            + "(plan JSON files, NDJSON files of many plans, JSON arrays of plans, or folders of them).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PlanJson json = PlanJson.builder().strict(options.strict).build();
        PlanValidator validator = PlanValidator.create();
        List<Reports.Result> results = new ArrayList<>();
        int exit = CampaignCli.OK;
        for (Path file : inputs()) {
            if (isStream(file)) {
                try (Stream<PlanEntry> entries = json.readAll(file)) {
                    entries.map(entry -> Reports.Result.of(file, entry, validator)).forEach(results::add);
                } catch (IOException | UncheckedIOException e) {
                    results.add(Reports.Result.unreadable(file,
                            e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e));
                }
                continue;
            }
            try {
                results.add(Reports.Result.validated(file, validator.validate(json.read(file))));
            } catch (IOException e) {
                results.add(Reports.Result.unreadable(file, e));
            }
        }
        for (Reports.Result result : results) {
            if (result.failure().isPresent()) {
                exit = CampaignCli.UNREADABLE;
            } else if (result.report().get().hasErrors()) {
                exit = Math.max(exit, CampaignCli.FINDINGS);
            }
        }
        if (format == Format.json) {
            Reports.printJson(results, options.language, spec.commandLine().getOut());
        } else {
            Reports.printText(results, options.language, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return exit;
    }

    /** The files given, with each folder replaced by its plan files in name order. */
    private List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isDirectory(file)) {
                inputs.add(file);
                continue;
            }
            try (Stream<Path> children = Files.list(file)) {
                List<Path> plans = children.filter(Files::isRegularFile).filter(child -> {
                    String name = child.getFileName().toString();
                    return name.endsWith(".json") || name.endsWith(".ndjson");
                }).sorted().collect(Collectors.toList());
                if (plans.isEmpty()) {
                    inputs.add(file.resolve("*.json"));
                }
                inputs.addAll(plans);
            }
        }
        return inputs;
    }

    /** Whether a file holds many plans: NDJSON by its name, a JSON array by its first character. */
    private static boolean isStream(Path file) throws IOException {
        if (file.getFileName() != null && file.getFileName().toString().endsWith(".ndjson")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            for (int i = start; i < head.length; i++) {
                if (head[i] != ' ' && head[i] != '\t' && head[i] != '\n' && head[i] != '\r') {
                    return head[i] == '[';
                }
            }
            return false;
        } catch (IOException e) {
            // Unreadable: the plain reader reports it with the usual message.
            return false;
        }
    }
}
