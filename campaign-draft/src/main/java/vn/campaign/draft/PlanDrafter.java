package vn.campaign.draft;

import java.util.Objects;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.model.Plan;

/**
 * Writes the first draft of a plan: a child plan from its parent ({@link #draft}), or next year's plan
 * from this year's and the new parent ({@link #nextYear}). Each draft comes with its change report
 * ({@link Draft#notes()}): every change made and every choice left to the official.
 *
 * <p>A draft complies with its parent by construction: it holds every task the parent addresses to
 * the child's level (as {@link ComplianceChecker#tasksAddressedTo} reads it), each linked to the
 * parent's task and with the parent's schedule; it cites the parent by number, date and issuer; it
 * names no body that does not exist on its date. Its number, date and signature are absent, for the
 * official to fill in; its drafted wording (purpose, requirements, recipients by convention) is listed
 * in docs/drafting.md with what it rests on.
 *
 * <p>Immutable and thread-safe: create once, share.
 *
 * @since 0.1
 */
public final class PlanDrafter {

    private final ComplianceChecker checker;

    private PlanDrafter(ComplianceChecker checker) {
        this.checker = checker;
    }

    /**
     * Returns a drafter with the built-in task correspondence.
     *
     * @return the drafter, never null
     */
    public static PlanDrafter create() {
        return new PlanDrafter(ComplianceChecker.create());
    }

    /**
     * Drafts a child plan from its parent for a unit of the level directly below the parent's on the
     * first day of the parent's period (the district below the province until 30/6/2025, the commune
     * from 1/7/2025).
     *
     * @param parent the parent plan, not null; its issuer must have a level
     * @param unit the child's unit and level, not null
     * @return the draft and its change report, never null
     * @throws IllegalArgumentException if the level does not exist on that day (a district after the 2025
     *     reform) or is not directly below the parent's
     */
    public Draft draft(Plan parent, DraftUnit unit) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(unit, "unit");
        return new ParentDraft(parent, unit, checker).draft();
    }

    /**
     * Drafts next year's plan from this year's and the new parent: keeps the plan's own tasks and
     * wording, moves their schedules to the new period, follows the new parent's tasks (by task
     * correspondence), leaves out the bodies that no longer exist on the new date, and blanks number,
     * date and signature.
     *
     * @param last this year's plan, not null; its issuer must have a level and a unit
     * @param newParent the new parent plan, not null
     * @return the draft and its change report, never null
     * @throws IllegalArgumentException if the plan's issuer has no level or unit, or its level does not
     *     exist on the new date or is not directly below the new parent's
     */
    public Draft nextYear(Plan last, Plan newParent) {
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(newParent, "newParent");
        return new NextYearDraft(last, newParent, checker, this).draft();
    }
}
