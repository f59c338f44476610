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
import vn.campaign.compliance.ParentViews;
import vn.campaign.compliance.PlanSet;
import vn.campaign.examples.CascadeGenerator;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * What one plan of the national cascade costs, step by step: a generated residential-area plan (about
 * 28 KB, 30 tasks) read from its bytes, validated, and checked against its commune's plan, as
 * {@code CascadeCheck} does for each of the 102,986 plans. Run it with {@code -prof gc}: the bytes
 * allocated per operation ({@code gc.alloc.rate.norm}) do not depend on the load of the machine, and
 * {@code readValidateComply} is the figure of the target of at most 120 KB a plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class PlanCostBenchmark {

    private byte[] bytes;
    private Plan plan;
    private NamedPlan parent;
    private String name;
    private PlanJson json;
    private PlanValidator validator;
    private ComplianceChecker checker;
    private RawJackson raw;
    private ParentViews views;

    /** Generates the plan and its parent, and builds the reader, validator and checker, outside the measurement. */
    @Setup
    public void setUp() {
        CascadeGenerator generator = CascadeGenerator.builder().communes(1).build();
        NamedPlan area = generator.plan(1, 1, 1);
        parent = generator.plan(1, 1, 0);
        name = area.file();
        json = PlanJson.create();
        bytes = json.writeBytes(area.plan());
        plan = area.plan();
        validator = PlanValidator.create();
        checker = ComplianceChecker.create();
        raw = RawJackson.create();
        views = ParentViews.create();
        views.open(parent.plan());
    }

    /**
     * {@code PlanJson.read} of the plan's bytes.
     *
     * @return the plan, returned so that the work is not eliminated
     * @throws IOException never for a generated plan
     */
    @Benchmark
    public Plan read() throws IOException {
        return json.read(bytes);
    }

    /**
     * The baseline of the read, {@link RawJackson#read(byte[])} of the same bytes.
     *
     * @return the plan, returned so that the work is not eliminated
     * @throws IOException never for a generated plan
     */
    @Benchmark
    public Plan jackson() throws IOException {
        return raw.read(bytes);
    }

    /**
     * {@code PlanValidator.validate} of the plan, already read.
     *
     * @return the findings, returned so that the work is not eliminated
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(plan);
    }

    /**
     * {@code ComplianceChecker.check} of the plan, already read, against its commune's plan.
     *
     * @return the report, returned so that the work is not eliminated
     */
    @Benchmark
    public ComplianceReport comply() {
        return checker.check(new NamedPlan(name, plan), parent);
    }

    /**
     * {@link #comply()} as a cascade run checks it: the commune's view shared by its areas' checks
     * ({@code ParentViews}), built at the first and used again by the others.
     *
     * @return the report, returned so that the work is not eliminated
     */
    @Benchmark
    public ComplianceReport complyShared() {
        NamedPlan child = new NamedPlan(name, plan);
        return checker.check(child, PlanSet.of(parent, child), views);
    }

    /**
     * All three, as the cascade does for each plan: read, validate, comply.
     *
     * @return the report, returned so that the work is not eliminated
     * @throws IOException never for a generated plan
     */
    @Benchmark
    public ComplianceReport readValidateComply() throws IOException {
        Plan read = json.read(bytes);
        ValidationReport report = validator.validate(read);
        if (report.hasErrors()) {
            throw new IllegalStateException("A generated plan is not valid: " + report);
        }
        NamedPlan child = new NamedPlan(name, read);
        return checker.check(child, PlanSet.of(parent, child), views);
    }
}
