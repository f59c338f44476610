/**
 * A plan as the people around it read it: the official document in Markdown, HTML and DOCX
 * ({@link vn.campaign.render.PlanRenderer}), laid out as Decree 30/2020/NĐ-CP sets it and the
 * Front uses it, and the findings on a plan for people ({@link vn.campaign.render.FindingsReport}).
 * The plan's calendar is in {@code vn.campaign.render.calendar}.
 */
package vn.campaign.render;
