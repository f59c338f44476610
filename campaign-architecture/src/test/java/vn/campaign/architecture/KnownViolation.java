package vn.campaign.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One dependency that breaks a rule today and is tolerated by name until the change that removes it
 * lands. Classes are named by their binary names; a name also covers the classes nested in it
 * ({@code Task} covers {@code Task$Builder}), since a nested class belongs to its outer class's
 * design.
 *
 * @param origin the class that has the dependency
 * @param target the class it depends on
 * @param removedWhen the change after which the dependency is gone and this exception is deleted
 */
record KnownViolation(String origin, String target, String removedWhen) {

    KnownViolation {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(removedWhen, "removedWhen");
    }

    /** The origin class or a class nested in it. */
    DescribedPredicate<JavaClass> originPredicate() {
        return isOrIsNestedIn(origin);
    }

    /** The target class or a class nested in it. */
    DescribedPredicate<JavaClass> targetPredicate() {
        return isOrIsNestedIn(target);
    }

    /** A dependency from the origin to the target. */
    DescribedPredicate<Dependency> dependencyPredicate() {
        DescribedPredicate<JavaClass> from = originPredicate();
        DescribedPredicate<JavaClass> to = targetPredicate();
        return DescribedPredicate.describe("dependency of " + origin + " on " + target,
                dependency -> from.test(dependency.getOriginClass()) && to.test(dependency.getTargetClass()));
    }

    /**
     * Returns the tolerated violations a rule no longer needs: those without which, each left out
     * alone, the rule still passes on the classes. Such an exception has outlived its reason (the fix
     * landed) and must be deleted, so that it cannot hide the next violation of the same kind.
     *
     * @param rule the rule, given the violations it tolerates
     * @param tolerated the tolerated violations
     * @param classes the classes the rule checks
     * @return the unneeded ones, in the order given; empty when each is still needed
     */
    static List<KnownViolation> unneeded(Function<List<KnownViolation>, ArchRule> rule, List<KnownViolation> tolerated,
            JavaClasses classes) {
        List<KnownViolation> unneeded = new ArrayList<>();
        for (KnownViolation candidate : tolerated) {
            List<KnownViolation> others = new ArrayList<>(tolerated);
            others.remove(candidate);
            if (!rule.apply(others).evaluate(classes).hasViolation()) {
                unneeded.add(candidate);
            }
        }
        return unneeded;
    }

    private static DescribedPredicate<JavaClass> isOrIsNestedIn(String name) {
        return DescribedPredicate.describe(name,
                javaClass -> javaClass.getName().equals(name) || javaClass.getName().startsWith(name + "$"));
    }

    @Override
    public String toString() {
        return origin + " -> " + target + " (removed when " + removedWhen + ")";
    }
}
