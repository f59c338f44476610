package vn.campaign.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.examples.CascadeGenerator;
import vn.campaign.io.BulkFormat;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;

/**
 * {@code generate --out PATH}: writes an illustrative national cascade made by
 * {@link CascadeGenerator}, as a folder of plan files or, for a path ending in {@code .ndjson}, as one
 * NDJSON file; both in cascade order, ready for {@code validate} and {@code check --cascade}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Sinh bộ kế hoạch minh họa cả nước theo hệ thống (generate an illustrative national cascade: "
                + "1 central, 34 province, 3321 commune and N residential-area plans per commune), mỗi kế hoạch khoảng "
                + "30 nhiệm vụ như kế hoạch Kon Rẫy. Ghi vào thư mục, hoặc tệp NDJSON nếu PATH kết thúc bằng .ndjson "
                + "(a folder, or one NDJSON file when PATH ends in .ndjson).")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "Thư mục hoặc tệp .ndjson để ghi (the folder, or the .ndjson file, to write).")
    Path out;

    @Option(names = "--communes", defaultValue = "" + CascadeGenerator.COMMUNES, paramLabel = "N",
            description = "Số xã (number of communes; default ${DEFAULT-VALUE}).")
    int communes;

    @Option(names = "--areas-per-commune", defaultValue = "" + CascadeGenerator.AREAS_PER_COMMUNE, paramLabel = "N",
            description = "Số khu dân cư mỗi xã (residential areas per commune, 0 to 999; default ${DEFAULT-VALUE}).")
    int areasPerCommune;

    @Option(names = "--force", description = "Ghi vào thư mục không trống hoặc đè tệp đã có (write into a non-empty folder, or replace an existing .ndjson file).")
    boolean force;

    @Option(names = "--seed", defaultValue = "" + CascadeGenerator.DEFAULT_SEED, paramLabel = "S",
            description = "Hạt giống ngẫu nhiên (seed; the same seed gives the same files; default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CascadeGenerator generator;
        try {
            generator = CascadeGenerator.builder().communes(communes).areasPerCommune(areasPerCommune).seed(seed)
                    .build();
        } catch (IllegalArgumentException e) {
            err.println("campaign-cli generate: " + e.getMessage());
            return CampaignCli.UNREADABLE;
        }
        boolean ndjson = out.getFileName() != null && out.getFileName().toString().endsWith(".ndjson");
        if (!force && (ndjson ? Files.exists(out) : isNonEmptyFolder(out))) {
            err.println(out + (ndjson ? ": exists" : ": is a folder that is not empty")
                    + "; add --force to write there [OUTPUT_EXISTS]");
            return CampaignCli.UNREADABLE;
        }
        if (!ndjson && Files.exists(out) && !Files.isDirectory(out)) {
            err.println(out + ": is a file, not a folder; name a folder or a .ndjson file [OUTPUT_IS_FILE]");
            return CampaignCli.UNREADABLE;
        }
        PlanJson json = PlanJson.create();
        long start = System.nanoTime();
        try {
            if (ndjson) {
                writeNdjson(generator, json);
            } else {
                writeFolder(generator, json);
            }
        } catch (IOException | UncheckedIOException e) {
            err.println(Outputs.unwritable(out, e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause()
                    : (IOException) e));
            return CampaignCli.UNREADABLE;
        }
        err.printf(Locale.ROOT, "%d plans written to %s in %.1f s (%s); in cascade order, so check them with"
                + " `check --cascade %s`%n", generator.size(), out, (System.nanoTime() - start) / 1e9, generator, out);
        err.flush();
        return CampaignCli.OK;
    }

    private void writeNdjson(CascadeGenerator generator, PlanJson json) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Iterator<Plan> plans = generator.plans().map(NamedPlan::plan).iterator();
        Outputs.write(out, stream -> {
            OutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
            json.writeAll(plans, buffered, BulkFormat.NDJSON);
            buffered.flush();
        });
    }

    /**
     * One file a plan, written in parallel. Each thread writes its plans through one buffer of its own,
     * reused from plan to plan, rather than a new buffered stream a file: less garbage, so a smaller heap.
     */
    private void writeFolder(CascadeGenerator generator, PlanJson json) throws IOException {
        Files.createDirectories(out);
        ThreadLocal<ByteArrayOutputStream> buffers = ThreadLocal.withInitial(() -> new ByteArrayOutputStream(64 * 1024));
        generator.plans().parallel().forEach(plan -> {
            ByteArrayOutputStream buffer = buffers.get();
            buffer.reset();
            try (OutputStream stream = Files.newOutputStream(out.resolve(plan.file()))) {
                json.write(plan.plan(), buffer);
                buffer.writeTo(stream);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isNonEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
