/**
 * The JSON format of campaign plans, as a reader and writer ({@code PlanJson}) and as a Jackson
 * module ({@code CampaignModule}, also found by {@code ObjectMapper.findAndRegisterModules()}).
 */
module vn.campaign.io {
    requires transitive vn.campaign.core;
    requires transitive com.fasterxml.jackson.databind;

    exports vn.campaign.io;

    provides com.fasterxml.jackson.databind.Module with vn.campaign.io.CampaignModule;
}
