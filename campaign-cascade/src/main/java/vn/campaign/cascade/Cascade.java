package vn.campaign.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceCode;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.ParentViews;
import vn.campaign.compliance.PlanSet;
import vn.campaign.finding.Finding;
import vn.campaign.model.AdministrativeLevel;

/**
 * Follows plans that come in <em>cascade order</em>, each after its parent and every plan's
 * descendants right after it (depth first, as a national cascade is filed: the centre, a province,
 * its first commune, that commune's residential areas, its second commune, …), and gives each the
 * plan set to check it in: its open ancestors and itself.
 *
 * <p>This is how a cascade too large for memory is checked: only the chain of ancestors of the
 * current plan is held, at most one plan per administrative level, whatever the number of plans.
 * A plan closes the plans before it of its own level and below; a plan without a level (its issuer
 * unknown, or of no level) closes nothing and stays open for no one. A plan whose parent is not
 * among its open ancestors, because the input is not in cascade order or the parent is missing, gets
 * {@link ComplianceCode#PARENT_NOT_FOUND}, exactly as in a plan set that lacks the parent.
 *
 * <pre>{@code
 * Cascade cascade = Cascade.create();
 * for (NamedPlan plan : plansInCascadeOrder) {
 *     ComplianceReport report = checker.check(plan, cascade.next(plan), cascade.views());
 *     ...
 * }
 * }</pre>
 *
 * <p>Mutable and not thread-safe: one thread feeds it. The plan sets it returns are immutable, so the
 * checks themselves can run on other threads.
 *
 * @since 0.1
 */
public final class Cascade {

    private final PlanSet settings;
    /** The open ancestors, highest level first. */
    private final List<NamedPlan> open = new ArrayList<>(5);
    /** What the checks derive from the open plans, shared by their children's checks. */
    private final ParentViews views = ParentViews.create();

    private Cascade(PlanSet settings) {
        this.settings = settings;
    }

    /**
     * Returns a new cascade, with no province support levels.
     *
     * @return the cascade, never null
     */
    public static Cascade create() {
        return new Cascade(PlanSet.of());
    }

    /**
     * Returns a new cascade whose plan sets carry the support levels of a plan set (its plans are not
     * used).
     *
     * @param settings the plan set whose {@link PlanSet#supportLevel support levels} to carry, not null
     * @return the cascade, never null
     */
    public static Cascade withSupportLevelsOf(PlanSet settings) {
        return new Cascade(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Checks plans that come in cascade order, one after the other on the calling thread, holding
     * only each plan's ancestors, so that a national cascade read lazily from disk is checked in
     * little memory. The result is that of {@link ComplianceChecker#check(PlanSet)} on all the plans
     * when they are in cascade order. {@link CascadeCheck} does the same work on all cores, reading
     * the plans too.
     *
     * @param checker the compliance checker, not null
     * @param plans the plans in cascade order, not null, no null element; read once, in order
     * @return the report on all of them, never null
     */
    public static ComplianceReport check(ComplianceChecker checker, Iterable<NamedPlan> plans) {
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(plans, "plans");
        Cascade cascade = create();
        List<Finding> findings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (NamedPlan plan : plans) {
            Objects.requireNonNull(plan, "plans element");
            ComplianceReport report = checker.check(plan, cascade.next(plan), cascade.views());
            files.add(plan.file());
            findings.addAll(report.findings());
        }
        return ComplianceReport.of(findings, files, checker.ruleIds(), ComplianceChecker.RULE_DATA_VERSION,
                checker.profile().name());
    }

    /**
     * Takes the next plan and returns the plan set to check it in.
     *
     * @param plan the next plan in cascade order, not null
     * @return its open ancestors, highest first, then the plan itself; never null
     */
    public PlanSet next(NamedPlan plan) {
        Objects.requireNonNull(plan, "plan");
        Optional<AdministrativeLevel> level = plan.plan().level();
        if (level.isPresent()) {
            while (!open.isEmpty() && !open.get(open.size() - 1).plan().level().orElseThrow().isAbove(level.get())) {
                views.close(open.remove(open.size() - 1).plan());
            }
        }
        List<NamedPlan> plans = new ArrayList<>(open.size() + 1);
        plans.addAll(open);
        plans.add(plan);
        if (level.isPresent()) {
            open.add(plan);
            views.open(plan.plan());
        }
        return settings.withPlans(plans);
    }

    /**
     * Returns the views of the open plans, for {@link ComplianceChecker#check(NamedPlan, PlanSet,
     * ParentViews)}: each open plan's index built once and shared by its children's checks, on any
     * thread. {@link #next} opens and closes plans in it as they open and close here.
     *
     * @return the views, never null; the same for the life of this cascade
     */
    public ParentViews views() {
        return views;
    }

    /**
     * Returns the plans now open, highest level first: the last plan taken and its ancestors.
     *
     * @return an unmodifiable copy, never null
     */
    public List<NamedPlan> open() {
        return List.copyOf(open);
    }
}
