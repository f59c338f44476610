package vn.campaign.bench;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.campaign.internal.validation.ValidatorSetup;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * Validating the Kon Rẫy plan: {@code PlanValidator} (the constraints, their conversion to findings,
 * and the plan rules) against a plain Hibernate Validator {@code validate} of the same constraints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class ValidateBenchmark {

    private Plan plan;
    private PlanValidator planValidator;
    private ValidatorFactory factory;
    private Validator validator;

    /**
     * Reads the plan and builds both validators once, outside the measurement.
     *
     * <p>The baseline's factory is our {@code ValidatorSetup.buildFactory()}, not Hibernate
     * Validator's defaults, because the model's constraints need it to mean what they say: the
     * model writes {@code Optional<@NotBlank String>} for "absent, or not blank", and Hibernate
     * Validator checks an empty {@code Optional} as a {@code null} value, which its own
     * {@code @NotBlank} refuses. With the defaults, the Kon Rẫy plan gets 67 false violations (every
     * actor without a unit or a symbol code), and the baseline would measure building those. Our
     * setup only swaps that one validator (ours lets {@code null} pass, as Bean Validation advises),
     * keeps message templates uninterpolated (the default interpolator needs Expression Language,
     * which is not on the class path), ignores {@code META-INF/validation.xml} and traverses
     * everything; so {@code hibernate} is exactly the Hibernate Validator call inside
     * {@code PlanValidator.validate}, and the ratio is what our findings and plan rules add.
     *
     * @throws IOException never for the bundled plan
     */
    @Setup
    public void setUp() throws IOException {
        plan = PlanJson.create().read(BundledPlans.bytes(BundledPlans.KON_RAY));
        planValidator = PlanValidator.create();
        factory = ValidatorSetup.buildFactory();
        validator = factory.getValidator();
    }

    /** Closes the baseline's factory. */
    @TearDown
    public void tearDown() {
        factory.close();
    }

    /**
     * {@code PlanValidator.validate}.
     *
     * @return the findings, returned so that the work is not eliminated
     */
    @Benchmark
    public ValidationReport ours() {
        return planValidator.validate(plan);
    }

    /**
     * The baseline, {@code Validator.validate} of plain Hibernate Validator.
     *
     * @return the violations, returned so that the work is not eliminated
     */
    @Benchmark
    public Set<ConstraintViolation<Plan>> hibernate() {
        return validator.validate(plan);
    }
}
