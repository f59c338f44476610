/**
 * Experimental: the import of existing plan documents (Markdown, plain text, Word) into the model,
 * with a report of findings on every line that was not mapped or was mapped by a guess ({@code
 * vn.campaign.importer}).
 *
 * <p>The importer is heuristic: its API and its results may change in any release before 1.0 (see
 * VERSIONING.md). Apache POI reads Word documents, commonmark-java Markdown.
 */
module vn.campaign.importer {
    requires transitive vn.campaign.core;
    requires org.apache.poi.ooxml;
    // The ZIP reader POI itself uses on a stream (through poi-ooxml): a .docx is inflated and counted
    // with it before POI parses any part (ImportLimits).
    requires org.apache.commons.compress;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;

    exports vn.campaign.importer;

    // The messages of the importer's finding codes.
    provides vn.campaign.finding.FindingCatalogue with vn.campaign.importer.internal.ImportCatalogue;
}
