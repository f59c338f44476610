package vn.campaign.internal.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotEmpty;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import vn.campaign.model.Actor;
import vn.campaign.model.AreaStatus;
import vn.campaign.model.Assignment;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingSource;
import vn.campaign.model.Integration;
import vn.campaign.model.NotApplicable;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.Section;
import vn.campaign.model.Signature;
import vn.campaign.model.Task;
import vn.campaign.model.TaskLink;

/**
 * Builds the Hibernate Validator factory of {@code PlanValidator}. Not part of the API.
 *
 * <p>The factory ignores any {@code META-INF/validation.xml} of the application (a library must not
 * change meaning with its host), keeps message templates as they are (findings have their own
 * messages, so no Expression Language is ever needed) and traverses everything (no JPA look-up).
 * It replaces no validator: the constraints are the model's own, checked by the validators any Bean
 * Validation user gets. The constraints of {@code vn.campaign.model.constraints} name no validator;
 * Hibernate Validator finds theirs through {@code META-INF/services/jakarta.validation.ConstraintValidator}
 * (and {@code provides} in the module descriptor), in the predefined scope as well, so a plain
 * {@code Validation.buildDefaultValidatorFactory()} gives the same violations.
 *
 * <p>One setting is for speed, measured on plans of thirty tasks (docs/performance.md): the result
 * cache of the traversable resolver is off, since ours answers every question with a constant and
 * the cache was a hash map filled for every property of every plan.
 */
public final class ValidatorSetup {

    private ValidatorSetup() {
    }

    /** The model's classes that hold constraints or cascade to others: all that validating a plan reaches. */
    static final Set<Class<?>> MODEL_CLASSES = Set.of(Plan.class, Section.class, Task.class, Actor.class,
            DocumentReference.class, Funding.class, FundingSource.class, BudgetLine.class, Recipient.class,
            Signature.class, Campaign.class, Integration.class, Assignment.class, TaskLink.class, NotApplicable.class,
            AreaStatus.class);

    /** The built-in constraints the model uses. */
    static final Set<Class<? extends Annotation>> BUILT_IN_CONSTRAINTS = Set.of(NotEmpty.class);

    /**
     * Builds the factory of {@code PlanValidator}: Hibernate Validator's predefined scope, which reads
     * the metadata of {@link #MODEL_CLASSES} once, here, and registers only
     * {@link #BUILT_IN_CONSTRAINTS}, instead of every built-in constraint at start and each class's
     * metadata at its first validation. A test keeps both sets complete. Costly: call once and keep it.
     *
     * @return the factory, never null; it validates the model's classes only
     */
    public static ValidatorFactory buildPlanFactory() {
        PredefinedScopeHibernateValidatorConfiguration configuration = Validation
                .byProvider(PredefinedScopeHibernateValidator.class)
                .configure()
                .builtinConstraints(BUILT_IN_CONSTRAINTS.stream().map(Class::getName).collect(Collectors.toSet()))
                .initializeBeanMetaData(MODEL_CLASSES);
        return configure(configuration).buildValidatorFactory();
    }

    /**
     * Builds a factory with the same settings for any bean: every built-in constraint, metadata read
     * at first use. For tests of constraints on beans other than the model's.
     *
     * @return the factory, never null
     */
    public static ValidatorFactory buildFactory() {
        return configure(Validation.byProvider(HibernateValidator.class).configure()).buildValidatorFactory();
    }

    private static <C extends BaseHibernateValidatorConfiguration<C>> C configure(C configuration) {
        return configuration.ignoreXmlConfiguration()
                .messageInterpolator(new TemplateInterpolator())
                .traversableResolver(new TraverseAll())
                .enableTraversableResolverResultCache(false);
    }

    /** Returns the template unchanged: findings are worded from our bundles, never from these. */
    private static final class TemplateInterpolator implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }

    /** Reaches and cascades everything: the model is plain records, nothing is lazily loaded. */
    private static final class TraverseAll implements TraversableResolver {

        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }
    }
}
