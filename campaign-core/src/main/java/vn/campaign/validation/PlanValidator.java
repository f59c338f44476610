package vn.campaign.validation;

import jakarta.validation.ValidatorFactory;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.campaign.internal.plan.PlanIndex;
import vn.campaign.internal.validation.ConstraintRunner;
import vn.campaign.internal.validation.Findings;
import vn.campaign.internal.validation.PlanRules;
import vn.campaign.internal.validation.ValidatorSetup;
import vn.campaign.model.Plan;

/**
 * Validates plans: the constraints on the model (Jakarta Validation, run by Hibernate Validator) and
 * the plan rules across its parts, every problem a {@link vn.campaign.finding.Finding}.
 *
 * <p>Create one with {@link #create()} and share it: creating it builds Hibernate Validator's
 * factory, which is costly; validating is cheap. A bad plan never makes {@link #validate(Plan)}
 * throw: every problem is a finding. Hibernate Validator runs without Expression Language (it keeps
 * message templates as they are; findings have their own messages) and ignores any
 * {@code META-INF/validation.xml} of the application. The constraints are run as Hibernate
 * Validator's metadata describes them, planned once when the validator is created (the validators
 * called directly, without a property path per value); a shape the plan does not cover is left to
 * Hibernate Validator's own traversal, with the same findings (docs/performance.md).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PlanValidator {

    private static final Logger LOG = LoggerFactory.getLogger(PlanValidator.class);

    private final ValidatorFactory factory;
    private final ConstraintRunner constraints;

    private PlanValidator(ValidatorFactory factory) {
        this.factory = factory;
        this.constraints = ConstraintRunner.of(factory, Plan.class);
    }

    /**
     * Returns a new validator, with its own Hibernate Validator factory.
     *
     * @return the validator, never null
     */
    public static PlanValidator create() {
        long start = System.nanoTime();
        PlanValidator validator = new PlanValidator(ValidatorSetup.buildPlanFactory());
        if (LOG.isDebugEnabled()) {
            LOG.debug("Hibernate Validator factory built in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        return validator;
    }

    /**
     * Validates a plan.
     *
     * @param plan the plan, not null
     * @return the findings, never null; empty for a plan with no problem
     * @throws NullPointerException if {@code plan} is null
     */
    public ValidationReport validate(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        Findings findings = new Findings();
        constraints.run(plan, findings);
        PlanRules.check(PlanIndex.of(plan), findings);
        ValidationReport report = ValidationReport.of(findings.list());
        if (LOG.isDebugEnabled()) {
            LOG.debug("Validated plan of issuer {}: {} findings", plan.issuerId(), report.findings().size());
        }
        return report;
    }

    /**
     * Returns a short description, for logs.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "PlanValidator[" + factory.getClass().getSimpleName() + (constraints.planned() ? ", planned" : "") + "]";
    }
}
