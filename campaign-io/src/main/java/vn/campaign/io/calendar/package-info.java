/**
 * A plan's schedule as dates: the resolution of every task's schedule inside the plan period
 * ({@link vn.campaign.io.calendar.PlanCalendar}), an iCalendar file
 * ({@link vn.campaign.io.calendar.ICalendarWriter}, needs the optional dependency
 * {@code org.mnode.ical4j:ical4j}), an agenda by month ({@link vn.campaign.io.calendar.MonthAgenda})
 * and a Gantt-style SVG timeline ({@link vn.campaign.io.calendar.TimelineSvg}).
 */
package vn.campaign.io.calendar;
