/**
 * The JSON format of campaign plans: a reader and writer ({@code PlanJson}), its limits
 * ({@code ReadLimits}), its read errors ({@code PlanReadException}), bulk streams of many plans
 * (NDJSON, JSON arrays), the same format as a Jackson module ({@code CampaignModule}, also found
 * by {@code ObjectMapper.findAndRegisterModules()}), and the JSON of findings ({@code FindingsJson}).
 *
 * <p>The format is documented and versioned (docs/json-format.md); this module holds it alone, so
 * that it changes only when the format does.
 */
// The qualified export names campaign-jackson3, which is built after this module.
@SuppressWarnings("module")
module vn.campaign.io {
    requires transitive vn.campaign.core;
    requires transitive com.fasterxml.jackson.databind;

    exports vn.campaign.io;
    // The Jackson 3 binding (campaign-jackson3) runs this module's reader and writer through
    // adapters of Jackson 3's parser and generator; no one else may use the implementation.
    exports vn.campaign.io.internal to vn.campaign.io.jackson3;

    provides com.fasterxml.jackson.databind.Module with vn.campaign.io.CampaignModule;
    // The messages of the reader's codes, for PlanReadException.toFinding().
    provides vn.campaign.finding.FindingCatalogue with vn.campaign.io.internal.ReadCatalogue;
}
