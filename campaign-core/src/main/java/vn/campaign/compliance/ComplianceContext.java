package vn.campaign.compliance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.campaign.finding.Finding;
import vn.campaign.finding.FindingCode;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.internal.compliance.ShareableDerivation;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.FundingRule;
import vn.campaign.model.FundingRules;
import vn.campaign.model.Plan;

/**
 * What a {@link ComplianceRule} checks: one plan, its parent where known, the plan set, the law in
 * force on the plan's date; and where its findings go.
 *
 * <p>The plan's date is its date of issue or, for a plan without one, the first day of its period.
 * A context is made by {@link ComplianceChecker} for one plan and one rule; it is not thread-safe and
 * must not be kept after {@link ComplianceRule#check(ComplianceContext)} returns.
 *
 * @since 0.1
 */
public final class ComplianceContext {

    private final NamedPlan child;
    private final Optional<NamedPlan> parent;
    private final PlanSet planSet;
    private final ComplianceProfile profile;
    private final Consumer<Finding> sink;
    /** What {@link #derived} computed, by derivation and plan, both by identity; shared by one check's rules. */
    private final Map<Function<? super Plan, ?>, Map<Plan, Object>> derived;
    /** The views shared by the checks of a cascade run, or null. */
    private final ParentViews shared;

    /**
     * Creates a context. Called by the checker, and by tests of a user's rule.
     *
     * @param child the plan checked, not null
     * @param parent its parent plan, not null, may be empty
     * @param planSet the plan set, not null
     * @param profile the profile, whose severities apply to the findings reported, not null
     * @param sink where findings go, each with the child's file, not null
     */
    public ComplianceContext(NamedPlan child, Optional<NamedPlan> parent, PlanSet planSet, ComplianceProfile profile,
            Consumer<Finding> sink) {
        this.child = Objects.requireNonNull(child, "child");
        this.parent = Objects.requireNonNull(parent, "parent");
        this.planSet = Objects.requireNonNull(planSet, "planSet");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.derived = new IdentityHashMap<>();
        this.shared = null;
    }

    /** Creates a context that shares what is derived with the other rules of the same check. */
    ComplianceContext(NamedPlan child, Optional<NamedPlan> parent, PlanSet planSet, ComplianceProfile profile,
            Consumer<Finding> sink, Map<Function<? super Plan, ?>, Map<Plan, Object>> derived, ParentViews shared) {
        this.shared = shared;
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
            value = shared != null && derivation instanceof ShareableDerivation
                    ? shared.derived(plan, (ShareableDerivation<?>) derivation)
                    : Objects.requireNonNull(derivation.apply(plan), "derived value");
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
     * Reports a finding in the plan checked, with a code of a catalogue at its default severity
     * (before the profile applies).
     *
     * @param code the code, not null
     * @param pointer where it is in the plan checked, not null
     * @param arguments the message arguments, not null, no null element
     */
    public void report(FindingCode code, PlanPointer pointer, String... arguments) {
        Objects.requireNonNull(code, "code");
        report(code.code(), code.severity(), pointer, Optional.empty(), Arrays.asList(arguments));
    }

    /**
     * Reports a finding that derives from an element of the parent plan, with a code of a catalogue
     * at its default severity (before the profile applies).
     *
     * @param code the code, not null
     * @param pointer where it is in the plan checked, not null
     * @param parentPointer where the element of the parent plan is, not null; ignored when there is no
     *     parent
     * @param arguments the message arguments, not null, no null element
     */
    public void reportFromParent(FindingCode code, PlanPointer pointer, PlanPointer parentPointer,
            String... arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parentPointer, "parentPointer");
        report(code.code(), code.severity(), pointer, Optional.of(parentPointer), Arrays.asList(arguments));
    }

    /**
     * Reports a finding of any code, for users' rules whose codes are in no catalogue.
     *
     * @param code the code, not null, not blank
     * @param severity the severity before the profile applies, not null
     * @param pointer where it is in the plan checked, not null
     * @param parentPointer where the parent element it derives from is, not null, may be empty;
     *     ignored when there is no parent
     * @param arguments the message arguments, not null, no null element
     * @throws IllegalArgumentException if the code is blank
     */
    public void report(String code, Severity severity, PlanPointer pointer, Optional<PlanPointer> parentPointer,
            List<String> arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(parentPointer, "parentPointer");
        Objects.requireNonNull(arguments, "arguments");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A finding code must not be blank");
        }
        Optional<Severity> changed = profile.severity(code, severity);
        if (changed.isEmpty()) {
            return;
        }
        boolean derived = parentPointer.isPresent() && parent.isPresent();
        sink.accept(new Finding(code, changed.get(), pointer, arguments, Optional.of(child.file()),
                derived ? Optional.of(parent.get().file()) : Optional.empty(), derived ? parentPointer : Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), Optional.empty()));
    }
}
