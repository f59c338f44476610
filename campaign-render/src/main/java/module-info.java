/**
 * What people read of a plan: the plan as an official document in Markdown, HTML and DOCX and the
 * findings for people ({@code vn.campaign.render}); its calendar as iCalendar, a month agenda and an
 * SVG timeline ({@code vn.campaign.render.calendar}).
 *
 * <p>Apache POI (DOCX) and ical4j (iCalendar) are real dependencies of this module: an application
 * that renders needs nothing else on its class or module path.
 */
module vn.campaign.render {
    requires transitive vn.campaign.core;
    requires org.apache.poi.ooxml;
    requires ical4j.core;

    exports vn.campaign.render;
    exports vn.campaign.render.calendar;
}
