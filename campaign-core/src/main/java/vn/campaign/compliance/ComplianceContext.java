package vn.campaign.compliance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.campaign.internal.validation.JsonPointers;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.FundingRule;
import vn.campaign.model.FundingRules;
import vn.campaign.model.Plan;
import vn.campaign.validation.Finding;
import vn.campaign.validation.Severity;

/**
 * What a {@link ComplianceRule} checks: one plan, its parent where known, the plan set, the law in
 * force on the plan's date; and where its findings go.
 *
 * <p>The plan's date is its date of issue or, for a plan without one, the first day of its period.
 * A context is made by {@link ComplianceChecker} for one plan and one rule; it is not thread-safe and
 * must not be kept after {@link ComplianceRule#check(ComplianceContext)} returns.
 */
public final class ComplianceContext {

    private final NamedPlan child;
    private final Optional<NamedPlan> parent;
    private final PlanSet planSet;
    private final ComplianceProfile profile;
    private final Consumer<ComplianceFinding> sink;
    /** What {@link #derived} computed, by derivation and plan, both by identity; shared by one check's rules. */
    private final Map<Function<? super Plan, ?>, Map<Plan, Object>> derived;

    /**
     * Creates a context. Called by the checker, and by tests of a user's rule.
     *
     * @param child the plan checked, not null
     * @param parent its parent plan, not null, may be empty
     * @param planSet the plan set, not null
     * @param profile the profile, whose severities apply to the findings reported, not null
     * @param sink where findings go, not null
     */
    public ComplianceContext(NamedPlan child, Optional<NamedPlan> parent, PlanSet planSet, ComplianceProfile profile,
            Consumer<ComplianceFinding> sink) {
        this.child = Objects.requireNonNull(child, "child");
        this.parent = Objects.requireNonNull(parent, "parent");
        this.planSet = Objects.requireNonNull(planSet, "planSet");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.derived = new IdentityHashMap<>();
    }

    /** Creates a context that shares what is derived with the other rules of the same check. */
    ComplianceContext(NamedPlan child, Optional<NamedPlan> parent, PlanSet planSet, ComplianceProfile profile,
            Consumer<ComplianceFinding> sink, Map<Function<? super Plan, ?>, Map<Plan, Object>> derived) {
        this.child = child;
        this.parent = parent;
        this.planSet = planSet;
        this.profile = profile;
        this.sink = sink;
        this.derived = derived;
    }

    /**
     * Returns a value derived from a plan, computed once per check and shared by all the rules of that
     * check: for rules that build the same index of the child or the parent (its tasks by id, say).
     * Values are kept by the identity of both the derivation and the plan, so pass the same function
     * object each time (a constant) to share.
     *
     * @param <T> the type of the value
     * @param plan the plan, not null
     * @param derivation the function that computes the value, not null; must not return null
     * @return the value, never null
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Plan plan, Function<? super Plan, T> derivation) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(derivation, "derivation");
        Map<Plan, Object> values = derived.computeIfAbsent(derivation, d -> new IdentityHashMap<>(4));
        Object value = values.get(plan);
        if (value == null) {
            value = Objects.requireNonNull(derivation.apply(plan), "derived value");
            values.put(plan, value);
        }
        return (T) value;
    }

    /**
     * Returns the plan checked, with its file name.
     *
     * @return the plan, never null
     */
    public NamedPlan child() {
        return child;
    }

    /**
     * Returns the parent plan, with its file name.
     *
     * @return the parent, or empty for a plan with no parent or whose parent is not known
     */
    public Optional<NamedPlan> parent() {
        return parent;
    }

    /**
     * Returns the child's reference to its parent plan: its first {@code IMPLEMENTS} reference.
     *
     * @return the reference, or empty if the plan names no parent
     */
    public Optional<DocumentReference> parentReference() {
        return child.plan().parentPlan();
    }

    /**
     * Returns the plan set the plan belongs to.
     *
     * @return the set, never null
     */
    public PlanSet planSet() {
        return planSet;
    }

    /**
     * Returns the day whose law applies: the plan's date of issue, or the first day of its period.
     *
     * @return the day, never null
     */
    public LocalDate date() {
        Plan plan = child.plan();
        return plan.date().orElse(plan.period().start());
    }

    /**
     * Returns the administrative hierarchy in force on {@link #date()}.
     *
     * @return the hierarchy, never null
     */
    public AdministrativeHierarchy hierarchy() {
        return AdministrativeHierarchy.inForceOn(date());
    }

    /**
     * Returns the funding rules in force on {@link #date()}.
     *
     * @return the rules, never null
     */
    public List<FundingRule> fundingRules() {
        return FundingRules.inForceOn(date());
    }

    /**
     * Reports a finding of a built-in code in the plan checked.
     *
     * @param code the code, not null
     * @param pointer the JSON Pointer in the plan checked, not null
     * @param arguments the message arguments, not null
     */
    public void report(ComplianceCode code, String pointer, String... arguments) {
        report(code.code(), code.severity(), pointer, Optional.empty(), Arrays.asList(arguments));
    }

    /**
     * Reports a finding of a built-in code that derives from an element of the parent plan.
     *
     * @param code the code, not null
     * @param pointer the JSON Pointer in the plan checked, not null
     * @param parentPointer the JSON Pointer of the element of the parent plan, not null
     * @param arguments the message arguments, not null
     */
    public void reportFromParent(ComplianceCode code, String pointer, String parentPointer, String... arguments) {
        report(code.code(), code.severity(), pointer, Optional.of(parentPointer), Arrays.asList(arguments));
    }

    /**
     * Reports a finding of any code, for users' rules.
     *
     * @param code the code, not null, not blank
     * @param severity the severity before the profile applies, not null
     * @param pointer the JSON Pointer in the plan checked, not null
     * @param parentPointer the JSON Pointer of the parent element it derives from, not null, may be
     *     empty; ignored when there is no parent
     * @param arguments the message arguments, not null, no null element
     * @throws IllegalArgumentException if a pointer is not a JSON Pointer or the code is blank
     */
    public void report(String code, Severity severity, String pointer, Optional<String> parentPointer,
            List<String> arguments) {
        Finding finding = new Finding(code, severity, pointer, arguments);
        Optional<String> derived = parent.isPresent() ? parentPointer : Optional.empty();
        if (derived.isPresent() && !JsonPointers.isValid(derived.get())) {
            throw new IllegalArgumentException("Not a JSON Pointer: \"" + derived.get() + "\"");
        }
        Optional<Severity> changed = profile.severity(code, severity);
        if (changed.isEmpty()) {
            return;
        }
        if (changed.get() != severity) {
            finding = new Finding(code, changed.get(), pointer, arguments);
        }
        sink.accept(new ComplianceFinding(child.file(), finding,
                derived.isPresent() ? parent.map(NamedPlan::file) : Optional.empty(), derived));
    }
}
