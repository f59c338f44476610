/**
 * Implementation of the import: reading the document's lines and building the plan from them. Not
 * API: the module does not export this package, and anything here may change in any release.
 */
package vn.campaign.importer.internal;
