package vn.campaign.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;

/**
 * Reading the Kon Rẫy plan: our reader against plain Jackson databind on the same bytes, in one run
 * so that their ratio holds on a noisy machine (target: at most 1.3).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class ReadBenchmark {

    private byte[] bytes;
    private PlanJson json;
    private RawJackson raw;

    /** Reads the document once and builds both readers, outside the measurement. */
    @Setup
    public void setUp() {
        bytes = BundledPlans.bytes(BundledPlans.KON_RAY);
        json = PlanJson.create();
        raw = RawJackson.create();
    }

    /**
     * Our reader, {@code PlanJson.read}.
     *
     * @return the plan, returned so that the work is not eliminated
     * @throws IOException never for the bundled plan
     */
    @Benchmark
    public Plan ours() throws IOException {
        return json.read(bytes);
    }

    /**
     * The baseline, {@link RawJackson#read(byte[])}.
     *
     * @return the plan, returned so that the work is not eliminated
     * @throws IOException never for the bundled plan
     */
    @Benchmark
    public Plan jackson() throws IOException {
        return raw.read(bytes);
    }
}
