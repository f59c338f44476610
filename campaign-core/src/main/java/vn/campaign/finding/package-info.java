/**
 * The one outcome of every check of a plan: reading, validation, compliance and import all report
 * {@link vn.campaign.finding.Finding}s.
 *
 * <p>A finding has a stable code from a catalogue of codes ({@link vn.campaign.finding.FindingCode}:
 * {@code vn.campaign.validation.ValidationCode}, {@code vn.campaign.compliance.ComplianceCode}, the
 * importer's and the reader's codes, and an application's own), a
 * {@link vn.campaign.finding.Severity}, a {@link vn.campaign.finding.PlanPointer} to where it is in the
 * plan, the arguments of its message, and, where the check knows them, the file, the element of the
 * parent plan it derives from, and the line, column and text of the source. Its message and hint, in
 * Vietnamese (the default) or English, come from the bundle of its code's
 * {@link vn.campaign.finding.FindingCatalogue}, found through {@link java.util.ServiceLoader}; the
 * arguments fill the placeholders {@code {0}}, {@code {1}} … as plain text, never evaluated, so text
 * from a plan can never change a message.
 *
 * <p>The reports of the checks share {@link vn.campaign.finding.Report}.
 */
package vn.campaign.finding;
