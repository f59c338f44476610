/**
 * Many plans at once ({@code vn.campaign.cascade}): plans in cascade order, each after its parent
 * ({@code Cascade}); a folder of plans ({@code PlanSets}); and the check of a whole cascade, read,
 * validated and checked for compliance on all cores in memory independent of the number of plans
 * ({@code CascadeCheck}).
 */
module vn.campaign.cascade {
    requires transitive vn.campaign.io;

    exports vn.campaign.cascade;
}
