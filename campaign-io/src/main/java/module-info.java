/**
 * The JSON format of campaign plans, as a reader and writer ({@code PlanJson}) and as a Jackson
 * module ({@code CampaignModule}, also found by {@code ObjectMapper.findAndRegisterModules()}), and
 * the import of existing plan documents ({@code vn.campaign.io.importer.PlanImporter}).
 */
module vn.campaign.io {
    requires transitive vn.campaign.core;
    requires transitive com.fasterxml.jackson.databind;

    // Word import only: applications that call PlanImporter.importDocx put POI on their path.
    requires static org.apache.poi.ooxml;

    exports vn.campaign.io;
    exports vn.campaign.io.importer;

    provides com.fasterxml.jackson.databind.Module with vn.campaign.io.CampaignModule;
}
