/**
 * A plan's calendar for people and calendar applications, drawn from
 * {@link vn.campaign.calendar.PlanCalendar}: an RFC 5545 iCalendar file
 * ({@link vn.campaign.render.calendar.ICalendarWriter}), an agenda by month
 * ({@link vn.campaign.render.calendar.MonthAgenda}) and a Gantt-style SVG timeline
 * ({@link vn.campaign.render.calendar.TimelineSvg}).
 */
package vn.campaign.render.calendar;
