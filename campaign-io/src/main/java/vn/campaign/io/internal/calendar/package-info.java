/**
 * Implementation of the iCalendar export, the only code that names ical4j types. Not API: not
 * exported, may change in any release.
 */
package vn.campaign.io.internal.calendar;
