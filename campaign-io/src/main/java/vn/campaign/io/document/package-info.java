/**
 * A plan as the people around it read it: the official document in Markdown, HTML and DOCX
 * ({@link vn.campaign.io.document.PlanRenderer}), laid out as Decree 30/2020/NĐ-CP sets it and the
 * Front uses it.
 *
 * <p>DOCX needs Apache POI ({@code org.apache.poi:poi-ooxml}), an optional dependency of this
 * module; the rest needs nothing beyond the JDK.
 */
package vn.campaign.io.document;
