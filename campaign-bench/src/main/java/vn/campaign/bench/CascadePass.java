package vn.campaign.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import vn.campaign.cascade.CascadeCheck;

/**
 * The national cascade as one whole process: {@code CascadeCheck} with its defaults (read, validate
 * and check the compliance of every plan, on all cores) over an NDJSON file or a folder, once, in a
 * fresh JVM, to be timed with {@code /usr/bin/time} beside {@link RawTokenPass} over the same input.
 * The command line's {@code check --cascade} does not validate and {@code validate} does not check
 * compliance; this does both, as {@code CascadeBenchmark} does after its warm-up pass.
 *
 * <pre>
 * java -Xmx256m -cp campaign-bench/target/benchmarks.jar vn.campaign.bench.CascadePass FILE.ndjson|FOLDER
 * </pre>
 */
public final class CascadePass {

    private CascadePass() {
    }

    /**
     * Runs the cascade once and prints the time it took from the start of {@code main} and its totals.
     *
     * @param args the file or folder
     * @throws IOException if the input cannot be listed or opened
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CascadePass FILE.ndjson|FOLDER");
            System.exit(2);
        }
        long start = System.nanoTime();
        CascadeCheck.Summary summary = run(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "cascade-pass %d ms, %s%n", (System.nanoTime() - start) / 1_000_000, summary);
    }

    /**
     * Reads, validates and checks every plan of an input with the defaults of {@code CascadeCheck}.
     *
     * @param input an NDJSON file or a folder of plans in cascade order, not null
     * @return the totals, never null
     * @throws IOException if the input cannot be listed or opened
     */
    static CascadeCheck.Summary run(Path input) throws IOException {
        return CascadeCheck.builder().build().run(input, result -> { });
    }
}
