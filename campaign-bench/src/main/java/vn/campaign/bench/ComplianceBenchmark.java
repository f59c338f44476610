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
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * The compliance check of the Kon Rẫy plan against its parent, plan 457/KH-MTTQ-BTT of the
 * province, against one validation of the Kon Rẫy plan: the ratio says what compliance costs in
 * units of a validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class ComplianceBenchmark {

    private Plan child;
    private Plan parent;
    private ComplianceChecker checker;
    private PlanValidator validator;

    /**
     * Reads both plans and builds the checker and the validator once, outside the measurement.
     *
     * @throws IOException never for the bundled plans
     */
    @Setup
    public void setUp() throws IOException {
        PlanJson json = PlanJson.create();
        child = json.read(BundledPlans.bytes(BundledPlans.KON_RAY));
        parent = json.read(BundledPlans.bytes(BundledPlans.KON_TUM));
        checker = ComplianceChecker.create();
        validator = PlanValidator.create();
    }

    /**
     * {@code ComplianceChecker.check} of the child against its parent. The two {@code NamedPlan}s
     * are made in the call, as a caller would; they are two small records.
     *
     * @return the report, returned so that the work is not eliminated
     */
    @Benchmark
    public ComplianceReport ours() {
        return checker.check(new NamedPlan(BundledPlans.KON_RAY, child), new NamedPlan(BundledPlans.KON_TUM, parent));
    }

    /**
     * The unit, {@code PlanValidator.validate} of the child.
     *
     * @return the findings, returned so that the work is not eliminated
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(child);
    }
}
