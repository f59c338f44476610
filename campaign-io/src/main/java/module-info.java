/**
 * The JSON format of campaign plans, as a reader and writer ({@code PlanJson}) and as a Jackson
 * module ({@code CampaignModule}, also found by {@code ObjectMapper.findAndRegisterModules()}); the
 * people-facing outputs: the plan as an official document in Markdown, HTML and DOCX and the
 * findings for people ({@code vn.campaign.io.document}), its calendar, agenda and timeline
 * ({@code vn.campaign.io.calendar}); and the import of existing plan documents
 * ({@code vn.campaign.io.importer}).
 *
 * <p>Apache POI (DOCX) and ical4j (iCalendar) are optional: {@code requires static}, needed at run
 * time only by an application that renders or imports DOCX or writes iCalendar.
 */
module vn.campaign.io {
    requires transitive vn.campaign.core;
    requires transitive com.fasterxml.jackson.databind;
    requires static org.apache.poi.ooxml;
    requires static ical4j.core;

    exports vn.campaign.io;
    exports vn.campaign.io.document;
    exports vn.campaign.io.calendar;
    exports vn.campaign.io.importer;

    provides com.fasterxml.jackson.databind.Module with vn.campaign.io.CampaignModule;
}
