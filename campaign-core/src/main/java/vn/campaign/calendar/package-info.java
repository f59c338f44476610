/**
 * A plan's schedule as dates: the resolution of every task's schedule inside the plan period
 * ({@link vn.campaign.calendar.PlanCalendar}) into events and tasks without a time. The module
 * campaign-render draws an iCalendar file, an agenda by month and a timeline from it.
 */
package vn.campaign.calendar;
