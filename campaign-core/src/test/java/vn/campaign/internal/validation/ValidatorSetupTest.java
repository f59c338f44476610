package vn.campaign.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Plan;

/**
 * The predefined scope of {@link ValidatorSetup#buildPlanFactory()} validates only the classes and
 * built-in constraints it is told of, and silently skips the rest; this keeps both lists complete.
 */
class ValidatorSetupTest {

    @Test
    void modelClasses_holdEveryModelClassWithAConstraintOrACascade() throws Exception {
        Set<Class<?>> constrained = new HashSet<>();
        for (Class<?> type : modelClasses()) {
            if (!constraints(type).isEmpty()) {
                constrained.add(type);
            }
        }
        assertThat(constrained).contains(Plan.class);
        assertThat(ValidatorSetup.MODEL_CLASSES).containsAll(constrained);
    }

    @Test
    void builtInConstraints_holdEveryBuiltInConstraintTheModelUses() throws Exception {
        Set<Class<? extends Annotation>> used = new HashSet<>();
        for (Class<?> type : modelClasses()) {
            constraints(type).stream().filter(a -> a.getPackageName().equals("jakarta.validation.constraints"))
                    .forEach(used::add);
        }
        assertThat(used).isNotEmpty();
        assertThat(ValidatorSetup.BUILT_IN_CONSTRAINTS).containsAll(used);
    }

    @Test
    void serviceLoader_findsAValidatorForEveryConstraintOfTheModelThatNamesNone() throws Exception {
        Set<Class<? extends Annotation>> ours = new HashSet<>();
        for (Class<?> type : modelClasses()) {
            constraints(type).stream().filter(a -> a.getPackageName().equals("vn.campaign.model.constraints"))
                    .forEach(ours::add);
        }
        Set<Class<?>> validated = new HashSet<>();
        for (ConstraintValidator<?, ?> validator : ServiceLoader.load(ConstraintValidator.class)) {
            for (Type type : validator.getClass().getGenericInterfaces()) {
                if (type instanceof ParameterizedType
                        && ((ParameterizedType) type).getRawType() == ConstraintValidator.class) {
                    validated.add((Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0]);
                }
            }
        }

        assertThat(ours).isNotEmpty().allSatisfy(constraint -> assertThat(
                constraint.getAnnotation(Constraint.class).validatedBy()).isEmpty());
        assertThat(validated).containsAll(ours);
    }

    private static List<Class<?>> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Plan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path folder = root.resolve("vn/campaign/model");
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> "vn.campaign.model." + n.substring(0, n.length() - ".class".length()).replace('$', '.'))
                    .collect(Collectors.toList());
        }
        List<Class<?>> classes = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
                String name = root.relativize(file).toString().replace('/', '.');
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length())));
            }
        }
        assertThat(names).hasSameSizeAs(classes);
        return classes;
    }

    /** The constraint annotations (and {@code @Valid}) on a class, its fields and their type arguments. */
    private static Set<Class<? extends Annotation>> constraints(Class<?> type) {
        Set<Class<? extends Annotation>> found = new HashSet<>();
        collect(type.getAnnotations(), found);
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                collect(field.getAnnotations(), found);
                collect(field.getAnnotatedType(), found);
            }
        }
        return found;
    }

    private static void collect(AnnotatedType type, Set<Class<? extends Annotation>> found) {
        collect(type.getAnnotations(), found);
        if (type instanceof AnnotatedParameterizedType) {
            for (AnnotatedType argument : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
                collect(argument, found);
            }
        }
    }

    private static void collect(Annotation[] annotations, Set<Class<? extends Annotation>> found) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind == Valid.class || kind.isAnnotationPresent(Constraint.class)) {
                found.add(kind);
            }
        }
    }
}
