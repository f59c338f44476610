/**
 * The campaign plan model and its validation.
 *
 * <p>{@code vn.campaign.model} holds the immutable, thread-safe domain model of Front campaign plans;
 * {@code vn.campaign.model.constraints} the Bean Validation constraints the model uses;
 * {@code vn.campaign.finding} the findings every check reports, their codes, pointers and reports;
 * {@code vn.campaign.validation} the validator and its codes; {@code vn.campaign.compliance} the
 * check of plans against their parent plans and the law; {@code vn.campaign.calendar} the resolution
 * of a plan's schedules to dates. Packages named {@code internal} are not API.
 */
module vn.campaign.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports vn.campaign.model;
    exports vn.campaign.model.constraints;
    exports vn.campaign.finding;
    exports vn.campaign.validation;
    exports vn.campaign.compliance;
    exports vn.campaign.calendar;
    exports vn.campaign.text;

    // Users' compliance rules, found by ComplianceChecker.Builder.loadRules.
    uses vn.campaign.compliance.ComplianceRule;

    // The catalogues of finding codes and their message bundles: ours, the other modules', users'.
    uses vn.campaign.finding.FindingCatalogue;
    provides vn.campaign.finding.FindingCatalogue with
            vn.campaign.internal.validation.ValidationCatalogue,
            vn.campaign.internal.compliance.ComplianceCatalogue;

    // The validators of the constraints in vn.campaign.model.constraints, which name none themselves.
    provides jakarta.validation.ConstraintValidator with
            vn.campaign.internal.validation.ConsistentSignatureValidator,
            vn.campaign.internal.validation.NonNegativeAmountValidator,
            vn.campaign.internal.validation.NotBlankTextValidator,
            vn.campaign.internal.validation.PlanIdValidator,
            vn.campaign.internal.validation.TaskHasTextValidator;

    // Hibernate Validator reads the model's fields and creates our constraint validators reflectively.
    opens vn.campaign.model to org.hibernate.validator;
    exports vn.campaign.internal.validation to org.hibernate.validator;
    opens vn.campaign.internal.validation to org.hibernate.validator;
}
