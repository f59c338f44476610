package vn.campaign.internal.validation;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.group.GroupSequenceProvider;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;

/**
 * Runs the model's constraints on a plan and adds a finding per violation. Not part of the API.
 *
 * <p>Two ways, with the same findings: Hibernate Validator's own traversal ({@link #hibernate}),
 * the engine and the reference, and a fast path ({@link #of}) planned once from Hibernate
 * Validator's metadata ({@link Validator#getConstraintsForClass}): for each bean class, its
 * class-level constraints, each property's constraints, the constraints and cascades of its
 * {@code List} and {@code Optional} elements, and its cascades, each constraint's validator made
 * by the factory and initialised once. Validating a plan then calls those validators directly,
 * with no property path, value context or validator context per value; a pointer is made only for
 * a violation.
 *
 * <p>The fast path refuses, when planned, any shape it does not understand (groups other than
 * {@link Default}, composed constraints, a redefined default group sequence, a property that is
 * not a record component, another container, a validator Hibernate Validator initialises with
 * its own context, an ambiguous validator): {@link #of} then returns Hibernate Validator's
 * traversal. If anything fails during a run (a class not planned, a validator asking its context
 * for a custom violation), that plan is validated again by Hibernate Validator. A differential
 * test compares both on every bundled plan, the real documents and thousands of random ones.
 *
 * <p>Immutable and thread-safe, as the initialised validators are.
 */
public abstract class ConstraintRunner {

    private ConstraintRunner() {
    }

    /**
     * Adds a finding for every constraint the plan (or any bean it cascades to) violates.
     *
     * @param root the plan, not null
     * @param findings where the findings go, not null
     */
    public abstract void run(Object root, Findings findings);

    /**
     * Runs the fast path only, without Hibernate Validator's traversal to fall back on: for the
     * differential test, which must know that the fast path, not the traversal, gave the findings.
     *
     * @param root the plan, not null
     * @param findings where the findings go, not null
     * @return true if the fast path validated the plan; false if it could not (nothing is added)
     */
    public abstract boolean runPlanned(Object root, Findings findings);

    /**
     * Returns whether this runner is the fast path.
     *
     * @return true for the planned path, false for Hibernate Validator's traversal
     */
    public abstract boolean planned();

    /**
     * Returns Hibernate Validator's own traversal.
     *
     * @param validator the validator, not null
     * @return the runner, never null
     */
    public static ConstraintRunner hibernate(Validator validator) {
        return new Traversal(Objects.requireNonNull(validator, "validator"));
    }

    /**
     * Returns the fast path for beans of the root class, or Hibernate Validator's traversal if the
     * metadata holds something the fast path does not understand.
     *
     * @param factory the factory whose validators and metadata are used, not null
     * @param rootClass the class of the beans to validate, not null
     * @return the runner, never null
     */
    public static ConstraintRunner of(ValidatorFactory factory, Class<?> rootClass) {
        Validator validator = factory.getValidator();
        Traversal traversal = new Traversal(validator);
        try {
            return new Planned(new Planner(factory, validator).plan(rootClass), traversal);
        } catch (Unsupported e) {
            return traversal;
        }
    }

    /** Hibernate Validator's traversal. */
    private static final class Traversal extends ConstraintRunner {

        private final Validator validator;

        Traversal(Validator validator) {
            this.validator = validator;
        }

        @Override
        public void run(Object root, Findings findings) {
            for (ConstraintViolation<Object> violation : validator.validate(root)) {
                findings.add(ConstraintFindings.toFinding(violation));
            }
        }

        @Override
        public boolean runPlanned(Object root, Findings findings) {
            return false;
        }

        @Override
        public boolean planned() {
            return false;
        }
    }

    /** The fast path, with the traversal for a plan it cannot finish. */
    private static final class Planned extends ConstraintRunner {

        private final BeanPlan root;
        private final Traversal fallback;

        Planned(BeanPlan root, Traversal fallback) {
            this.root = root;
            this.fallback = fallback;
        }

        @Override
        public void run(Object bean, Findings findings) {
            if (!runPlanned(bean, findings)) {
                // A shape met only at run time; Hibernate Validator gives the reference answer (or its exception).
                fallback.run(bean, findings);
            }
        }

        @Override
        public boolean runPlanned(Object bean, Findings findings) {
            if (bean.getClass() != root.type) {
                return false;
            }
            Walk walk = new Walk();
            try {
                root.validate(bean, walk);
            } catch (RuntimeException | StackOverflowError e) {
                return false;
            }
            if (walk.found != null) {
                for (Finding finding : walk.found) {
                    findings.add(finding);
                }
            }
            return true;
        }

        @Override
        public boolean planned() {
            return true;
        }
    }

    /** Something the fast path does not understand, found while planning. */
    private static final class Unsupported extends Exception {

        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    /** The path of the value being validated, as segments (names and indexes), and what was found. */
    private static final class Walk {

        private Object[] segments = new Object[16];
        private int depth;
        private List<Finding> found;

        void push(Object segment) {
            if (depth == segments.length) {
                segments = java.util.Arrays.copyOf(segments, depth * 2);
            }
            segments[depth++] = segment;
        }

        void pop() {
            segments[--depth] = null;
        }

        void violated(Check check, Object value) {
            String[] texts = new String[depth];
            for (int i = 0; i < depth; i++) {
                texts[i] = segments[i].toString();
            }
            if (found == null) {
                found = new ArrayList<>(4);
            }
            found.add(ConstraintFindings.toFinding(check.descriptor, value, PlanPointer.of(texts)));
        }
    }

    /** One constraint and its initialised validator. */
    private static final class Check {

        final ConstraintDescriptor<?> descriptor;
        final ConstraintValidator<Annotation, Object> validator;
        final Context context;

        Check(ConstraintDescriptor<?> descriptor, ConstraintValidator<Annotation, Object> validator, Context context) {
            this.descriptor = descriptor;
            this.validator = validator;
            this.context = context;
        }

        void validate(Object value, Walk walk) {
            if (!validator.isValid(value, context)) {
                walk.violated(this, value);
            }
        }
    }

    /** What to do with a value: its checks, and the bean plan to cascade to (or null). */
    private static final class ValuePlan {

        final Check[] checks;
        final boolean cascaded;
        final Map<Class<?>, BeanPlan> beans;

        ValuePlan(Check[] checks, boolean cascaded, Map<Class<?>, BeanPlan> beans) {
            this.checks = checks;
            this.cascaded = cascaded;
            this.beans = beans;
        }

        void validate(Object value, Walk walk) {
            for (Check check : checks) {
                check.validate(value, walk);
            }
            if (cascaded && value != null) {
                BeanPlan bean = beans.get(value.getClass());
                if (bean == null) {
                    throw new IllegalStateException("not planned: " + value.getClass());
                }
                bean.validate(value, walk);
            }
        }
    }

    /** A property: how to read it, its own checks, its cascade, and the plan of its container's elements. */
    private static final class PropertyPlan {

        final String name;
        final MethodHandle accessor;
        final ValuePlan self;
        final ValuePlan listElements;
        final ValuePlan optionalValue;

        PropertyPlan(String name, MethodHandle accessor, ValuePlan self, ValuePlan listElements,
                ValuePlan optionalValue) {
            this.name = name;
            this.accessor = accessor;
            this.self = self;
            this.listElements = listElements;
            this.optionalValue = optionalValue;
        }

        void validate(Object bean, Walk walk) {
            Object value;
            try {
                value = accessor.invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            walk.push(name);
            self.validate(value, walk);
            if (listElements != null && value != null) {
                List<?> list = (List<?>) value;
                for (int i = 0, n = list.size(); i < n; i++) {
                    walk.push(Integer.valueOf(i));
                    listElements.validate(list.get(i), walk);
                    walk.pop();
                }
            }
            if (optionalValue != null && value != null) {
                optionalValue.validate(((Optional<?>) value).orElse(null), walk);
            }
            walk.pop();
        }
    }

    /** A bean class: its class-level checks and its properties. */
    private static final class BeanPlan {

        final Class<?> type;
        Check[] checks;
        PropertyPlan[] properties;

        BeanPlan(Class<?> type) {
            this.type = type;
        }

        void validate(Object bean, Walk walk) {
            for (Check check : checks) {
                check.validate(bean, walk);
            }
            for (PropertyPlan property : properties) {
                property.validate(bean, walk);
            }
        }
    }

    /** Reads the metadata once and makes the plans. */
    private static final class Planner {

        private final ValidatorFactory factory;
        private final Validator validator;
        private final Context context;
        private final Map<Class<?>, BeanPlan> beans = new HashMap<>();
        private final Map<ConstraintDescriptor<?>, Check> checks = new IdentityHashMap<>();

        Planner(ValidatorFactory factory, Validator validator) {
            this.factory = factory;
            this.validator = validator;
            this.context = new Context(factory.getClockProvider());
        }

        BeanPlan plan(Class<?> type) throws Unsupported {
            BeanPlan existing = beans.get(type);
            if (existing != null) {
                return existing;
            }
            if (!type.isRecord() || !Modifier.isFinal(type.getModifiers())) {
                throw new Unsupported("not a record: " + type);
            }
            BeanPlan plan = new BeanPlan(type);
            beans.put(type, plan);
            if (type.isAnnotationPresent(GroupSequence.class) || type.isAnnotationPresent(GroupSequenceProvider.class)) {
                throw new Unsupported("redefined default group sequence: " + type);
            }
            BeanDescriptor descriptor = validator.getConstraintsForClass(type);
            if (!descriptor.getConstrainedMethods(jakarta.validation.metadata.MethodType.GETTER).isEmpty()) {
                throw new Unsupported("constrained getters: " + type);
            }
            plan.checks = checks(descriptor.getConstraintDescriptors(), type);
            List<PropertyPlan> properties = new ArrayList<>();
            for (PropertyDescriptor property : descriptor.getConstrainedProperties()) {
                properties.add(property(type, property));
            }
            plan.properties = properties.toArray(new PropertyPlan[0]);
            return plan;
        }

        private PropertyPlan property(Class<?> owner, PropertyDescriptor property) throws Unsupported {
            if (!property.getGroupConversions().isEmpty()) {
                throw new Unsupported("group conversion: " + property);
            }
            RecordComponent component = component(owner, property.getPropertyName());
            Class<?> type = component.getType();
            Field field;
            try {
                field = owner.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                throw new Unsupported("no field: " + property);
            }
            if (!field.getGenericType().equals(component.getGenericType())) {
                throw new Unsupported("field and component differ: " + property);
            }
            boolean container = List.class == type || Optional.class == type;
            if (!container && (Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                    || type.isArray() || type.getName().startsWith("java.util.Optional"))) {
                throw new Unsupported("container other than List and Optional: " + property);
            }
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                if (constraint.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP
                        || Optional.class == type && constraint.getValueUnwrapping() != ValidateUnwrappedValue.SKIP) {
                    throw new Unsupported("constraint on a value that may be unwrapped: " + property);
                }
            }
            if (container && property.isCascaded()) {
                throw new Unsupported("@Valid on a container: " + property);
            }
            ValuePlan self = new ValuePlan(checks(property.getConstraintDescriptors(), type),
                    property.isCascaded(), beans);
            if (property.isCascaded()) {
                plan(type);
            }
            ValuePlan listElements = null;
            ValuePlan optionalValue = null;
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (!element.getConstrainedContainerElementTypes().isEmpty() || !element.getGroupConversions().isEmpty()
                        || element.getTypeArgumentIndex() == null || element.getTypeArgumentIndex() != 0
                        || element.getContainerClass() != type || !container) {
                    throw new Unsupported("container element: " + property);
                }
                Class<?> elementType = typeArgument(component.getGenericType());
                if (element.isCascaded()) {
                    plan(elementType);
                }
                ValuePlan plan = new ValuePlan(checks(element.getConstraintDescriptors(), elementType),
                        element.isCascaded(), beans);
                if (type == List.class) {
                    listElements = plan;
                } else {
                    optionalValue = plan;
                }
            }
            MethodHandle accessor;
            try {
                accessor = MethodHandles.lookup().unreflect(component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new Unsupported("accessor: " + property);
            }
            return new PropertyPlan(property.getPropertyName(), accessor, self, listElements, optionalValue);
        }

        private static RecordComponent component(Class<?> owner, String name) throws Unsupported {
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component;
                }
            }
            throw new Unsupported("not a record component: " + owner.getName() + "." + name);
        }

        private static Class<?> typeArgument(Type type) throws Unsupported {
            if (type instanceof ParameterizedType) {
                Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
                if (argument instanceof Class) {
                    return (Class<?>) argument;
                }
                if (argument instanceof ParameterizedType && ((ParameterizedType) argument).getRawType() instanceof Class) {
                    return (Class<?>) ((ParameterizedType) argument).getRawType();
                }
            }
            throw new Unsupported("element type of " + type);
        }

        private Check[] checks(Set<ConstraintDescriptor<?>> descriptors, Class<?> validatedType) throws Unsupported {
            List<Check> list = new ArrayList<>();
            for (ConstraintDescriptor<?> descriptor : descriptors) {
                list.add(check(descriptor, validatedType));
            }
            return list.toArray(new Check[0]);
        }

        @SuppressWarnings("unchecked")
        private Check check(ConstraintDescriptor<?> descriptor, Class<?> validatedType) throws Unsupported {
            Check existing = checks.get(descriptor);
            if (existing != null) {
                return existing;
            }
            if (!descriptor.getGroups().equals(Set.of(Default.class)) || !descriptor.getComposingConstraints().isEmpty()
                    || descriptor.isReportAsSingleViolation()
                    || descriptor.getValidationAppliesTo() != null
                            && descriptor.getValidationAppliesTo() != jakarta.validation.ConstraintTarget.IMPLICIT) {
                throw new Unsupported("constraint shape: " + descriptor);
            }
            Class<? extends ConstraintValidator<?, ?>> chosen = null;
            Class<?> chosenType = null;
            for (Class<? extends ConstraintValidator<?, ?>> candidate : descriptor.getConstraintValidatorClasses()) {
                Class<?> candidateType = validatedType(candidate);
                if (!boxed(candidateType).isAssignableFrom(boxed(validatedType))) {
                    continue;
                }
                if (chosen == null || chosenType.isAssignableFrom(candidateType) && chosenType != candidateType) {
                    chosen = candidate;
                    chosenType = candidateType;
                } else if (!candidateType.isAssignableFrom(chosenType)) {
                    throw new Unsupported("ambiguous validators for " + descriptor + " on " + validatedType);
                }
            }
            if (chosen == null) {
                throw new Unsupported("no validator for " + descriptor + " on " + validatedType);
            }
            if (HibernateConstraintValidator.class.isAssignableFrom(chosen)) {
                throw new Unsupported("validator with Hibernate Validator's initialisation: " + chosen);
            }
            ConstraintValidator<Annotation, Object> instance = (ConstraintValidator<Annotation, Object>) factory
                    .getConstraintValidatorFactory().getInstance(chosen);
            instance.initialize(descriptor.getAnnotation());
            Check check = new Check(descriptor, instance, context);
            checks.put(descriptor, check);
            return check;
        }

        private static Class<?> boxed(Class<?> type) {
            if (!type.isPrimitive()) {
                return type;
            }
            return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
        }

        /** The {@code T} of a validator's {@code ConstraintValidator<A, T>}, or refused. */
        private static Class<?> validatedType(Class<?> validatorClass) throws Unsupported {
            for (Class<?> c = validatorClass; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Type type : c.getGenericInterfaces()) {
                    if (type instanceof ParameterizedType
                            && ((ParameterizedType) type).getRawType() == ConstraintValidator.class) {
                        Type argument = ((ParameterizedType) type).getActualTypeArguments()[1];
                        if (argument instanceof Class) {
                            return (Class<?>) argument;
                        }
                        if (argument instanceof ParameterizedType) {
                            return (Class<?>) ((ParameterizedType) argument).getRawType();
                        }
                        if (argument instanceof TypeVariable) {
                            break;
                        }
                    }
                }
            }
            throw new Unsupported("validated type of " + validatorClass);
        }
    }

    /**
     * The context the fast path hands to validators: it answers what a validator may read and
     * refuses a custom violation, which sends the plan to Hibernate Validator.
     */
    private static final class Context implements ConstraintValidatorContext {

        private final ClockProvider clockProvider;

        Context(ClockProvider clockProvider) {
            this.clockProvider = clockProvider;
        }

        @Override
        public void disableDefaultConstraintViolation() {
            throw new UnsupportedOperationException("custom violations are Hibernate Validator's");
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            throw new UnsupportedOperationException("custom violations are Hibernate Validator's");
        }

        @Override
        public ClockProvider getClockProvider() {
            return clockProvider;
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
            throw new UnsupportedOperationException("custom violations are Hibernate Validator's");
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException("custom violations are Hibernate Validator's");
        }
    }
}
