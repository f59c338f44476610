/**
 * Experimental: import of existing plan documents (Markdown, plain text, Word .docx) into the model, with a report
 * of everything that was not mapped, or was mapped by a guess or a default, as findings
 * ({@link vn.campaign.finding.Finding}) with codes of {@link vn.campaign.importer.ImportCode}.
 *
 * <p>Start with {@link vn.campaign.importer.PlanImporter}. The conventions recognised, the
 * codes and the limits are described in {@code docs/import.md}. The importer is heuristic, and its API
 * and results may change in any release before 1.0 (VERSIONING.md).
 */
package vn.campaign.importer;
