package vn.campaign.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.cascade.CascadeCheck;
import vn.campaign.finding.Severity;
import vn.campaign.io.PlanEntry;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Language;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * {@code validate FILE...}: reads and validates plans and prints their findings. A FILE may be a
 * plan ({@code *.json}), a stream of plans (NDJSON, {@code *.ndjson}, or a JSON array, a file whose
 * first character is {@code [}), whose documents are validated one by one, or a folder, whose
 * {@code *.json} and {@code *.ndjson} files are validated in name order (not its sub-folders), each file
 * that cannot be read reported by name and the others validated, and a total line printed at the end.
 * A file of many plans that holds none ({@code []}, an empty NDJSON file) is "no plan", exit code 2.
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
        PlanJson json = options.json();
        PlanValidator validator = PlanValidator.create();
        Reports.Printer printer = format == Format.json
                ? Reports.json(options.language, spec.commandLine().getOut())
                : Reports.text(options.language, spec.commandLine().getOut(), spec.commandLine().getErr());
        int[] exit = {CampaignCli.OK};
        // Plans read, plans that could not be read, findings by severity: the total line of a folder.
        long[] totals = new long[5];
        Reports.Printer counting = new Reports.Printer() {
            @Override
            public void print(Reports.Result result) throws IOException {
                if (result.failure().isPresent()) {
                    exit[0] = CampaignCli.UNREADABLE;
                    totals[1]++;
                } else {
                    ValidationReport report = result.report().get();
                    if (report.hasErrors()) {
                        exit[0] = Math.max(exit[0], CampaignCli.FINDINGS);
                    }
                    totals[0]++;
                    totals[2] += report.count(Severity.ERROR);
                    totals[3] += report.count(Severity.WARNING);
                    totals[4] += report.count(Severity.INFO);
                }
                printer.print(result);
            }

            @Override
            public void finish() throws IOException {
                printer.finish();
            }
        };
        List<Path> inputs = inputs();
        // Plan files are read and validated on all cores, in order; files of many plans one by one.
        CascadeCheck parallel = CascadeCheck.builder().json(json).validator(validator).withoutCompliance().build();
        List<Path> batch = new ArrayList<>();
        for (Path file : inputs) {
            // A plan file is opened once, by its read on a worker; a file that does not read as one
            // plan is looked at again (validateFiles), in case it is a JSON array of plans.
            if (file.getFileName() == null || !file.getFileName().toString().endsWith(".ndjson")) {
                batch.add(file);
                continue;
            }
            validateFiles(parallel, batch, counting, json, validator, options.language);
            batch.clear();
            validateMany(file, counting, json, validator, options.language);
        }
        validateFiles(parallel, batch, counting, json, validator, options.language);
        if (format == Format.text && files.stream().anyMatch(Files::isDirectory)) {
            spec.commandLine().getOut().println(Reports.total(totals, options.language));
        }
        counting.finish();
        return exit[0];
    }

    /**
     * Validates the plans of a file of many, in order: each document is cut out of the file on this
     * thread, and read and validated on a worker, a few per core ahead of the printer.
     */
    private static void validateMany(Path file, Reports.Printer printer, PlanJson json, PlanValidator validator,
            Language language) throws IOException {
        if (!Files.isRegularFile(file)) {
            // Not opened here: PlanJson.readAll refuses it and says why (missing, a folder, a FIFO).
            try {
                json.readAll(file).close();
                throw new IllegalStateException("Read what is not a regular file: " + file);
            } catch (IOException e) {
                printer.print(Reports.Result.unreadable(file, e));
                return;
            }
        }
        Optional<IOException> failure = Optional.empty();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "campaign-validate");
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<Future<Reports.Result>> inFlight = new ArrayDeque<>();
        try (InputStream in = Files.newInputStream(file)) {
            Iterator<Callable<PlanEntry>> documents = json.documents(in);
            if (!documents.hasNext()) {
                // "[]" or an empty NDJSON file: nothing was checked, which is not a success.
                failure = Optional.of(new Reports.NoPlan(language));
            }
            // A failure of the file itself surfaces from hasNext() as UncheckedIOException.
            while (documents.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < threads * 8 && documents.hasNext()) {
                    Callable<PlanEntry> document = documents.next();
                    inFlight.add(pool.submit(() -> Reports.Result.of(file, document.call(), validator)));
                }
                printer.print(inFlight.poll().get());
            }
        } catch (UncheckedIOException e) {
            failure = Optional.of(e.getCause());
        } catch (NoSuchFileException | AccessDeniedException e) {
            failure = Optional.of(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while validating " + file, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                    : new IllegalStateException("A plan could not be validated", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (failure.isPresent()) {
            printer.print(Reports.Result.unreadable(file, failure.get()));
        }
    }

    private static void validateFiles(CascadeCheck parallel, List<Path> files, Reports.Printer printer,
            PlanJson json, PlanValidator validator, Language language) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        Iterator<Path> names = files.iterator();
        try {
            parallel.run(files, result -> {
                Path file = names.next();
                try {
                    if (result.failure().isPresent() && PlanJson.holdsManyPlans(file)) {
                        validateMany(file, printer, json, validator, language);
                    } else {
                        printer.print(result.failure().isPresent()
                                ? Reports.Result.unreadable(file, result.failure().get())
                                : Reports.Result.validated(file, result.validation().orElseThrow()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
                // Special files (a FIFO named *.json) are kept, to be refused by name, not skipped.
                List<Path> plans = children.filter(child -> !Files.isDirectory(child)).filter(child -> {
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
}
