package vn.campaign.internal.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * Builds the Hibernate Validator factory of {@code PlanValidator}. Not part of the API.
 *
 * <p>The factory ignores any {@code META-INF/validation.xml} of the application (a library must not
 * change meaning with its host), keeps message templates as they are (findings have their own
 * messages, so no Expression Language is ever needed), traverses everything (no JPA look-up), and
 * checks {@code @NotBlank} with {@link BlankTextValidator} and {@code @Pattern} with
 * {@link IdPatternValidator}.
 *
 * <p>Two settings are for speed, measured on plans of thirty tasks (docs/performance.md): the result
 * cache of the traversable resolver is off, since ours answers every question with a constant and
 * the cache was a hash map filled for every property of every plan; and the id pattern, on every id,
 * is checked by a loop instead of a regular expression.
 */
public final class ValidatorSetup {

    private ValidatorSetup() {
    }

    /**
     * Builds a new factory. Costly: call once and keep it.
     *
     * @return the factory, never null
     */
    public static ValidatorFactory buildFactory() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new TemplateInterpolator())
                .traversableResolver(new TraverseAll())
                .enableTraversableResolverResultCache(false);
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class)
                .includeExistingValidators(false)
                .validatedBy(BlankTextValidator.class);
        mapping.constraintDefinition(Pattern.class)
                .includeExistingValidators(false)
                .validatedBy(IdPatternValidator.class);
        return configuration.addMapping(mapping).buildValidatorFactory();
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
