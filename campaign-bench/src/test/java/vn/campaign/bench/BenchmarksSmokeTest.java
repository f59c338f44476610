package vn.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.examples.CascadeGenerator;
import vn.campaign.cascade.CascadeCheck;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * Every benchmark's state set up as JMH does, and every benchmark method called once, checked for
 * doing the work it claims; the benchmarks themselves run only from benchmarks.jar.
 */
class BenchmarksSmokeTest {

    private static final Plan KON_RAY = read(BundledPlans.KON_RAY);

    @Test
    void read_oursAndJacksonGiveTheKonRayPlan() throws Exception {
        ReadBenchmark benchmark = new ReadBenchmark();
        benchmark.setUp();

        assertThat(benchmark.ours()).isEqualTo(KON_RAY);
        assertThat(benchmark.jackson()).isEqualTo(KON_RAY);
    }

    @Test
    void readValidate_oursFindsWhatPlanValidatorFinds() throws Exception {
        ReadValidateBenchmark benchmark = new ReadValidateBenchmark();
        benchmark.setUp();

        ValidationReport report = benchmark.ours();

        assertThat(report.findings()).hasSameSizeAs(PlanValidator.create().validate(KON_RAY).findings());
        assertThat(report).isEqualTo(PlanValidator.create().validate(KON_RAY));
        assertThat(benchmark.jackson()).isEqualTo(KON_RAY);
    }

    @Test
    void validate_oursAndHibernateValidateTheKonRayPlan() throws Exception {
        ValidateBenchmark benchmark = new ValidateBenchmark();
        benchmark.setUp();
        try {
            ValidationReport report = benchmark.ours();
            Set<ConstraintViolation<Plan>> violations = benchmark.hibernate();

            assertThat(report).isEqualTo(PlanValidator.create().validate(KON_RAY));
            assertThat(report.findings()).hasSize(4);
            // The Kon Rẫy plan breaks no constraint: its four findings come from the plan rules.
            assertThat(violations).isEmpty();
        } finally {
            benchmark.tearDown();
        }
    }

    /**
     * The baseline of ValidateBenchmark is Hibernate Validator's defaults and nothing else: the model's
     * constraints mean what they say to it (no empty {@code Optional} refused, as Jakarta's own
     * {@code @NotBlank} did), and only the message interpolator must be chosen, since the default one
     * cannot start without Expression Language.
     */
    @Test
    void validate_withHibernateDefaults_findsNoViolationOnKonRay() {
        assertThatThrownBy(() -> Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration().buildValidatorFactory())
                .isInstanceOf(ValidationException.class).hasMessageContaining("HV000183");

        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(KON_RAY)).isEmpty();
            assertThat(factory.getValidator().validate(KON_RAY.toBuilder().place(" ").build()))
                    .extracting(v -> v.getPropertyPath().toString()).containsExactly("place");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"folder", "ndjson"})
    void cascade_checksAGeneratedCascadeCleanAndDeletesIt(String input) throws Exception {
        CascadeBenchmark benchmark = new CascadeBenchmark();
        benchmark.communes = 3;
        benchmark.input = input;
        benchmark.setUp();
        Path folder;
        try {
            CascadeCheck.Summary summary = benchmark.cascade();

            assertThat(summary).isEqualTo(new CascadeCheck.Summary(1 + 3 + 3 * 31, 0, 0, 0, 0));
            folder = benchmark.folder;
            assertThat(folder).isDirectoryContaining(input.equals("folder") ? "glob:**/01-0001-030.json"
                    : "glob:**/cascade.ndjson");
            // The raw pass sees the same tokens whichever way the plans are stored.
            long tokens = 0;
            for (NamedPlan plan : (Iterable<NamedPlan>) CascadeGenerator.builder().communes(3).build().plans()::iterator) {
                tokens += RawTokenPass.tokens(PlanJson.create().writeBytes(plan.plan()));
            }
            assertThat(benchmark.tokens()).isEqualTo(tokens);
            // The whole-process pass does the benchmark's work: read, validate, comply.
            assertThat(CascadePass.run(input.equals("folder") ? folder : folder.resolve("cascade.ndjson")))
                    .isEqualTo(summary);
            benchmark.heap();
        } finally {
            benchmark.tearDown();
        }
        assertThat(folder).doesNotExist();
    }


    @Test
    void firstPlan_runsInAFreshJvmAndReportsItsTime() throws Exception {
        List<Long> times = Ratios.firstPlanTimes(1);

        assertThat(times).hasSize(1);
        assertThat(times.get(0)).isPositive();
    }

    @Test
    void write_oursAndJacksonReadBackToTheSamePlan() throws Exception {
        WriteBenchmark benchmark = new WriteBenchmark();
        benchmark.setUp();

        assertThat(PlanJson.create().read(benchmark.ours())).isEqualTo(KON_RAY);
        assertThat(RawJackson.create().read(benchmark.jackson())).isEqualTo(KON_RAY);
    }

    @Test
    void compliance_checksKonRayAgainstItsParentAndValidateValidatesIt() throws Exception {
        ComplianceBenchmark benchmark = new ComplianceBenchmark();
        benchmark.setUp();

        ComplianceReport report = benchmark.ours();

        assertThat(report.files()).containsExactly(BundledPlans.KON_RAY);
        assertThat(report.ruleIds()).isNotEmpty();
        assertThat(report).isEqualTo(ComplianceChecker.create().check(new NamedPlan(BundledPlans.KON_RAY, KON_RAY),
                new NamedPlan(BundledPlans.KON_TUM, read(BundledPlans.KON_TUM))));
        assertThat(benchmark.validate()).isEqualTo(PlanValidator.create().validate(KON_RAY));
    }

    private static Plan read(String file) {
        try {
            return PlanJson.create().read(BundledPlans.bytes(file));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void planCost_readsValidatesAndChecksAGeneratedAreaPlanAgainstItsCommune() throws Exception {
        PlanCostBenchmark benchmark = new PlanCostBenchmark();
        benchmark.setUp();
        CascadeGenerator generator = CascadeGenerator.builder().communes(1).build();
        NamedPlan area = generator.plan(1, 1, 1);
        NamedPlan commune = generator.plan(1, 1, 0);

        assertThat(benchmark.read()).isEqualTo(area.plan());
        // Plain databind drops the plan's x-generated extension, and keeps everything else.
        Plan raw = benchmark.jackson();
        assertThat(raw.extensions().isEmpty()).isTrue();
        assertThat(raw.sections()).isEqualTo(area.plan().sections());
        assertThat(raw.actors()).isEqualTo(area.plan().actors());
        assertThat(benchmark.validate()).isEqualTo(PlanValidator.create().validate(area.plan()));
        assertThat(benchmark.validate().hasErrors()).isFalse();
        ComplianceReport expected = ComplianceChecker.create().check(area, commune);
        assertThat(benchmark.comply()).isEqualTo(expected);
        assertThat(benchmark.complyShared()).isEqualTo(expected);
        assertThat(benchmark.readValidateComply()).isEqualTo(expected);
        assertThat(expected.ruleIds()).isNotEmpty();
    }
}
