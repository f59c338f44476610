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
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * What a user pays to get a checked plan from bytes: our read and validation against a plain Jackson
 * read alone (target: at most 2.0).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class ReadValidateBenchmark {

    private byte[] bytes;
    private PlanJson json;
    private PlanValidator validator;
    private RawJackson raw;

    /** Reads the document once and builds the readers and the validator, outside the measurement. */
    @Setup
    public void setUp() {
        bytes = BundledPlans.bytes(BundledPlans.KON_RAY);
        json = PlanJson.create();
        validator = PlanValidator.create();
        raw = RawJackson.create();
    }

    /**
     * {@code PlanJson.read} then {@code PlanValidator.validate}.
     *
     * @return the findings, returned so that the work is not eliminated
     * @throws IOException never for the bundled plan
     */
    @Benchmark
    public ValidationReport ours() throws IOException {
        return validator.validate(json.read(bytes));
    }

    /**
     * The baseline, {@link RawJackson#read(byte[])} alone.
     *
     * @return the plan, returned so that the work is not eliminated
     * @throws IOException never for the bundled plan
     */
    @Benchmark
    public Plan jackson() throws IOException {
        return raw.read(bytes);
    }
}
