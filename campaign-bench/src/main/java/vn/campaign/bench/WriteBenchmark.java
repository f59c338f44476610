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
 * Writing the Kon Rẫy plan: our canonical writer against plain Jackson databind with the same pretty
 * printer (the outputs differ only by {@code schemaVersion} and the final line feed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class WriteBenchmark {

    private Plan plan;
    private PlanJson json;
    private RawJackson raw;

    /**
     * Reads the plan and builds both writers once, outside the measurement.
     *
     * @throws IOException never for the bundled plan
     */
    @Setup
    public void setUp() throws IOException {
        json = PlanJson.create();
        plan = json.read(BundledPlans.bytes(BundledPlans.KON_RAY));
        raw = RawJackson.create();
    }

    /**
     * {@code PlanJson.writeBytes}.
     *
     * @return the document, returned so that the work is not eliminated
     */
    @Benchmark
    public byte[] ours() {
        return json.writeBytes(plan);
    }

    /**
     * The baseline, {@link RawJackson#writeBytes(Plan)}.
     *
     * @return the document, returned so that the work is not eliminated
     * @throws IOException never (the target is memory)
     */
    @Benchmark
    public byte[] jackson() throws IOException {
        return raw.writeBytes(plan);
    }
}
