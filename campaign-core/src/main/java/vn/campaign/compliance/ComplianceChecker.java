package vn.campaign.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import vn.campaign.finding.Finding;
import vn.campaign.internal.compliance.StandardRules;
import vn.campaign.internal.compliance.TaskMatcher;
import vn.campaign.internal.finding.Catalogues;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Plan;

/**
 * Checks that plans comply with their parent plans and with the law in force on their dates.
 *
 * <p>The built-in rules ({@link BuiltInRules}) report the codes of {@link ComplianceCode}; users add
 * their own rules ({@link ComplianceRule}), select rules, and change severities with a
 * {@link ComplianceProfile}. Every report records the rules that ran, the profile, and
 * {@link #RULE_DATA_VERSION}.
 *
 * <pre>
 * ComplianceChecker checker = ComplianceChecker.create();     // once; thread-safe
 * ComplianceReport report = checker.check(
 *         new NamedPlan("kon-ray-2024.json", child), new NamedPlan("kh-457.json", parent));
 * </pre>
 *
 * <p>Immutable and thread-safe, as long as the users' rules are.
 *
 * @since 0.1
 */
public final class ComplianceChecker {

    /**
     * The version of the rule data of the built-in rules: the administrative hierarchies
     * ({@link AdministrativeHierarchy#all()}), the funding rules of Circular 121/2017/TT-BTC with the
     * norms in force on each day ({@link vn.campaign.model.FundingRules}) and the festival day 18/11.
     * Changes whenever that data changes: {@code 2025.07.2} dates the norms and cites the sources
     * found in {@code docs/legal-sources.md}.
     */
    public static final String RULE_DATA_VERSION = "2025.07.2";

    private final List<ComplianceRule> rules;
    private final ComplianceProfile profile;
    private final List<String> ruleIds;

    private ComplianceChecker(List<ComplianceRule> rules, ComplianceProfile profile) {
        this.rules = rules;
        this.profile = profile;
        List<String> ids = new ArrayList<>();
        for (ComplianceRule rule : rules) {
            ids.add(rule.id());
        }
        this.ruleIds = List.copyOf(ids);
    }

    /**
     * Returns a checker with the built-in rules and the default profile.
     *
     * @return the checker, never null
     */
    public static ComplianceChecker create() {
        return builder().build();
    }

    /**
     * Returns a builder that starts with the built-in rules and the default profile.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the profile this checker applies.
     *
     * @return the profile, never null
     */
    public ComplianceProfile profile() {
        return profile;
    }

    /**
     * Returns the ids of the rules this checker runs (after selection and the profile), in order.
     *
     * @return the ids, never null
     */
    public List<String> ruleIds() {
        return ruleIds;
    }

    /**
     * Returns the coverage table of a plan against its parent: for every task the parent addresses
     * to the plan's level, the plan's tasks that carry it out, with the evidence of each pairing (a
     * link, the kind and the wording, the kind alone) and what the coverage rule concludes. This is
     * what {@code PARENT_TASK_NOT_COVERED} and {@code PARENT_TASK_MATCH_WEAK} report on, for a person
     * or an application that wants to see why ({@code campaign-cli.jar check --explain}).
     *
     * @param child the plan, not null
     * @param parent its parent plan, not null
     * @return the rows in the parent's order; empty when the plan has no level (its issuer unknown)
     */
    public List<TaskMatch> coverage(Plan child, Plan parent) {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(parent, "parent");
        Optional<AdministrativeLevel> level = child.level();
        if (level.isEmpty()) {
            return List.of();
        }
        String referenceId = child.parentPlan().map(DocumentReference::id).orElse("");
        return TaskMatcher.table(child, parent, referenceId, level.get());
    }

    /**
     * Returns the ids of the tasks a plan addresses to a level, in the plan's order: those whose
     * nearest section's actor, or an actor that leads, takes part in or guides them (not one that only
     * coordinates), is of that level, or stands for every level ("các cấp") when the level is below
     * the plan's own. These are the rows of {@link #coverage} for a child of that level; a drafter
     * asks for them before the child exists.
     *
     * @param plan the plan, not null
     * @param level the level, not null
     * @return the ids, never null
     * @since 0.1
     */
    public List<String> tasksAddressedTo(Plan plan, AdministrativeLevel level) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(level, "level");
        return TaskMatcher.addressedTo(plan, level);
    }

    /**
     * Returns the task correspondence of two plans: every task of {@code from} (not only those
     * addressed to a level, unlike {@link #coverage}) with the tasks of {@code to} that may be the same
     * task, best first, by the evidence {@link TaskMatch} describes (a link of {@code to}'s tasks to
     * {@code from}'s through {@code to}'s parent reference, the kind and the wording). For comparing two
     * revisions of a plan, this year's plan with last year's, or a child with its parent. The
     * {@link TaskMatch#coverage()} of a row is what the coverage rule would conclude of that pairing.
     *
     * @param from the plan whose tasks are the rows, not null
     * @param to the plan whose tasks are the candidates, not null
     * @return a row per task of {@code from}, in its order, never null
     * @since 0.1
     */
    public List<TaskMatch> correspondence(Plan from, Plan to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        String referenceId = to.parentPlan().map(DocumentReference::id).orElse("");
        return TaskMatcher.correspondence(from, to, referenceId);
    }

    /**
     * Checks a plan against its parent plan.
     *
     * @param child the plan, not null
     * @param parent its parent plan, not null
     * @return the report on the child, never null
     */
    public ComplianceReport check(NamedPlan child, NamedPlan parent) {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(parent, "parent");
        PlanSet set = PlanSet.of(parent, child);
        List<Finding> findings = new ArrayList<>();
        run(child, Optional.of(parent), set, findings);
        return ComplianceReport.of(findings, List.of(child.file()), ruleIds(), RULE_DATA_VERSION, profile.name());
    }

    /**
     * Checks every plan of a set, each against its parent in the set where it has one.
     *
     * @param planSet the plans, not null
     * @return the report on all of them, never null
     */
    public ComplianceReport check(PlanSet planSet) {
        Objects.requireNonNull(planSet, "planSet");
        List<Finding> findings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (NamedPlan plan : planSet.plans()) {
            files.add(plan.file());
            run(plan, planSet.parentOf(plan), planSet, findings);
        }
        return ComplianceReport.of(findings, files, ruleIds(), RULE_DATA_VERSION, profile.name());
    }

    /**
     * Checks one plan of a set against its parent in the set, where it has one: the check of
     * {@link #check(PlanSet)} for that plan alone, as a cascade of plans needs it (see {@code vn.campaign.cascade.Cascade}).
     *
     * @param plan the plan, not null, one of the set's plans
     * @param planSet the set, not null
     * @return the report on the plan, never null
     * @throws IllegalArgumentException if the set does not hold the plan
     */
    public ComplianceReport check(NamedPlan plan, PlanSet planSet) {
        return checkOne(plan, planSet, null);
    }

    /**
     * Checks one plan of a set against its parent in the set, as {@link #check(NamedPlan, PlanSet)},
     * with what is derived from the open plans of {@code views} (its parent) built once and shared
     * with the checks of the parent's other children, on any thread: a cascade run's way to index
     * each parent once instead of once per child. The report is the same as without the views.
     *
     * @param plan the plan, not null, one of the set's plans
     * @param planSet the set, not null
     * @param views the views shared by the cascade run, not null
     * @return the report on the plan, never null
     * @throws IllegalArgumentException if the set does not hold the plan
     */
    public ComplianceReport check(NamedPlan plan, PlanSet planSet, ParentViews views) {
        return checkOne(plan, planSet, Objects.requireNonNull(views, "views"));
    }

    private ComplianceReport checkOne(NamedPlan plan, PlanSet planSet, ParentViews views) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(planSet, "planSet");
        if (planSet.plans().stream().noneMatch(member -> member == plan)) {
            throw new IllegalArgumentException("The plan set does not hold " + plan.file());
        }
        List<Finding> findings = new ArrayList<>();
        run(plan, planSet.parentOf(plan), planSet, findings, views);
        return ComplianceReport.of(findings, List.of(plan.file()), ruleIds(), RULE_DATA_VERSION, profile.name());
    }

    private void run(NamedPlan child, Optional<NamedPlan> parent, PlanSet set, List<Finding> findings) {
        run(child, parent, set, findings, null);
    }

    private void run(NamedPlan child, Optional<NamedPlan> parent, PlanSet set, List<Finding> findings,
            ParentViews views) {
        // One map of derived values for all the rules, so the plans' indexes are built once per check.
        Map<Function<? super Plan, ?>, Map<Plan, Object>> derived = new IdentityHashMap<>();
        for (ComplianceRule rule : rules) {
            rule.check(new ComplianceContext(child, parent, set, profile, findings::add, derived, views));
        }
    }

    /**
     * Returns a short description, for logs.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "ComplianceChecker" + ruleIds() + "[" + profile.name() + ", data " + RULE_DATA_VERSION + "]";
    }

    /** Builds a {@link ComplianceChecker}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, ComplianceRule> rules = new LinkedHashMap<>();
        private Optional<Set<String>> selected = Optional.empty();
        private ComplianceProfile profile = ComplianceProfile.DEFAULT;

        private Builder() {
            for (ComplianceRule rule : StandardRules.all()) {
                rules.put(rule.id(), rule);
            }
        }

        /**
         * Adds a rule, or replaces the rule with the same id.
         *
         * @param rule the rule, not null
         * @return this builder
         * @throws IllegalArgumentException if the rule's id is blank
         */
        public Builder addRule(ComplianceRule rule) {
            Objects.requireNonNull(rule, "rule");
            String id = Objects.requireNonNull(rule.id(), "rule.id()");
            if (id.isBlank()) {
                throw new IllegalArgumentException("A rule id must not be blank: " + rule);
            }
            rules.put(id, rule);
            return this;
        }

        /**
         * Adds every rule that {@link ServiceLoader} finds for {@link ComplianceRule} with a class
         * loader, and registers the catalogues of finding codes ({@link vn.campaign.finding.FindingCatalogue})
         * it finds there, so that the rules' findings have their messages.
         *
         * @param loader the class loader, not null
         * @return this builder
         */
        public Builder loadRules(ClassLoader loader) {
            Objects.requireNonNull(loader, "loader");
            for (ComplianceRule rule : ServiceLoader.load(ComplianceRule.class, loader)) {
                addRule(rule);
            }
            Catalogues.load(loader);
            return this;
        }

        /**
         * Runs only the rules with these ids (built-in or added); the others are skipped.
         *
         * @param ruleIds the ids, not null, no null element
         * @return this builder
         */
        public Builder onlyRules(Collection<String> ruleIds) {
            Objects.requireNonNull(ruleIds, "ruleIds");
            Set<String> ids = new LinkedHashSet<>();
            for (String id : ruleIds) {
                ids.add(Objects.requireNonNull(id, "ruleIds element"));
            }
            this.selected = Optional.of(ids);
            return this;
        }

        /**
         * Sets the profile.
         *
         * @param newProfile the profile, not null
         * @return this builder
         */
        public Builder profile(ComplianceProfile newProfile) {
            this.profile = Objects.requireNonNull(newProfile, "newProfile");
            return this;
        }

        /**
         * Builds the checker.
         *
         * @return the checker, never null
         * @throws IllegalArgumentException if a selected rule id names no rule
         */
        public ComplianceChecker build() {
            if (selected.isPresent()) {
                for (String id : selected.get()) {
                    if (!rules.containsKey(id)) {
                        throw new IllegalArgumentException("No rule with id " + id + "; known: " + rules.keySet());
                    }
                }
            }
            List<ComplianceRule> chosen = new ArrayList<>();
            for (ComplianceRule rule : rules.values()) {
                if (selected.map(ids -> ids.contains(rule.id())).orElse(true) && profile.isEnabled(rule.id())) {
                    chosen.add(rule);
                }
            }
            return new ComplianceChecker(List.copyOf(chosen), profile);
        }
    }
}
