package vn.campaign.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.campaign.examples.CascadeGenerator;
import vn.campaign.cascade.CascadeCheck;

/**
 * The whole national cascade read from disk, validated and checked for compliance, with
 * {@link CascadeCheck} on all cores, at two sizes: one eighth of the communes and all 3,321, each
 * with thirty residential areas (12,900 and 102,986 plans), and from two inputs: a folder of one file
 * a plan, and one NDJSON file. Their cost per plan, compared, says whether the cost grows linearly;
 * each run is one pass over every plan, in a JVM of 256 MB heap (targets: the whole nation in at
 * most 10 s from NDJSON, 12 s from a folder).
 *
 * <p>{@link #tokens()} is the floor each is compared with: a raw Jackson token pass over the same
 * input, read the same way on the same cores ({@link RawTokenPass}).
 *
 * <p>The plans are generated once per size and input into a temporary folder (as
 * {@code campaign-cli generate} writes them), outside the measurement, and deleted after.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CascadeBenchmark {

    /** The number of communes: one eighth of the nation, and all of it. */
    @Param({"415", "3321"})
    public int communes;

    /** The input: {@code folder} (one file a plan) or {@code ndjson} (one file of every plan). */
    @Param({"ndjson", "folder"})
    public String input;

    /** The generated plans; package-private for the smoke test. */
    Path folder;
    /** What is read: the folder, or the NDJSON file in it. */
    private Path source;
    private CascadeCheck check;
    private long plans;

    /**
     * Writes the cascade to a temporary folder and builds the check.
     *
     * @throws IOException if the folder cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        CascadeGenerator generator = CascadeGenerator.builder().communes(communes).build();
        folder = Files.createTempDirectory("campaign-cascade-");
        if (input.equals("ndjson")) {
            source = folder.resolve("cascade.ndjson");
            Generated.writeNdjson(generator, source);
        } else {
            source = folder;
            Generated.write(generator, folder);
        }
        plans = generator.size();
        check = CascadeCheck.builder().build();
    }

    /**
     * Reads, validates and checks every plan of the folder.
     *
     * @return the totals, returned so that the work is not eliminated
     * @throws IOException if the folder cannot be listed
     */
    @Benchmark
    public CascadeCheck.Summary cascade() throws IOException {
        CascadeCheck.Summary summary = check.run(source, result -> { });
        if (summary.plans() != plans || summary.errors() != 0) {
            throw new IllegalStateException("The cascade did not check clean: " + summary);
        }
        return summary;
    }

    /**
     * The floor: a raw Jackson token pass over the same input, on the same cores.
     *
     * @return the number of tokens, returned so that the work is not eliminated
     * @throws IOException if the input cannot be read
     */
    @Benchmark
    public long tokens() throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        return input.equals("ndjson") ? RawTokenPass.ndjson(source, threads) : RawTokenPass.folder(source, threads);
    }

    /**
     * Prints the heap the pass needed: the peak of the old generation, where what outlives a young
     * collection goes, and of the young pools, which the allocation rate fills between collections.
     */
    @TearDown(Level.Iteration)
    public void heap() {
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.append(", ").append(pool.getName()).append(' ').append(pool.getPeakUsage().getUsed() >> 20)
                        .append(" MB");
                pool.resetPeakUsage();
            }
        }
        System.out.printf("%n# heap peaks of a pass over %d plans%s; limit %d MB%n", plans, pools,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * Deletes the folder.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
