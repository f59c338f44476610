/**
 * Writing plans ({@code vn.campaign.draft}): the first draft of a child plan from its parent plan
 * ({@code PlanDrafter.draft}), next year's plan from this year's ({@code PlanDrafter.nextYear}), each
 * with the report of what it changed and what it leaves to the official, and what changed between two
 * plans by task correspondence ({@code PlanDiffer}).
 */
module vn.campaign.draft {
    requires transitive vn.campaign.core;

    exports vn.campaign.draft;
}
