/**
 * The registry of the catalogues of finding codes and the wording of findings from their bundles.
 * Not part of the API.
 */
package vn.campaign.internal.finding;
