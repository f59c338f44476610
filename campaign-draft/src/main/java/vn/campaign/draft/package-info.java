/**
 * Drafting and comparing plans. {@link vn.campaign.draft.PlanDrafter} writes the first draft of a
 * child plan from its parent plan, or next year's plan from this year's and the new parent, each with
 * a {@link vn.campaign.draft.Draft} of every change it made and every choice it left to the
 * official; {@link vn.campaign.draft.PlanDiffer} says what changed between two plans, task by task.
 * Both rest on the compliance check's task correspondence ({@code ComplianceChecker.coverage} and
 * {@code correspondence}), so a draft complies with its parent by the same reading that checks it.
 *
 * <p>What a draft's wording says (its purpose, requirements, recipients) follows the conventions of
 * the Front's plans, which docs/drafting.md lists with what is verified and what is inferred; the
 * wording is not covered by the API promise.
 *
 * @since 0.1
 */
package vn.campaign.draft;
