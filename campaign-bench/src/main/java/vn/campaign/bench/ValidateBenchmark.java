package vn.campaign.bench;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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
@Warmup(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class ValidateBenchmark {

    private Plan plan;
    private PlanValidator planValidator;
    private ValidatorFactory factory;
    private Validator validator;

    /**
     * Reads the plan and builds both validators once, outside the measurement.
     *
     * <p>The baseline is Hibernate Validator as a user would set it up without Expression Language
     * (its {@code ParameterMessageInterpolator}, XML ignored) and nothing else: the model's own
     * constraints ({@code vn.campaign.model.constraints}) bring their validators through the
     * standard service file, so the plain validator checks what {@code PlanValidator} checks. None of
     * the settings {@code PlanValidator} uses for speed (predefined scope, no traversable-resolver
     * cache) is used here. The ratio is what {@code PlanValidator} costs against that plain call:
     * its constraints, the conversion to findings and the plan rules.
     *
     * @throws IOException never for the bundled plan
     */
    @Setup
    public void setUp() throws IOException {
        plan = PlanJson.create().read(BundledPlans.bytes(BundledPlans.KON_RAY));
        planValidator = PlanValidator.create();
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
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
