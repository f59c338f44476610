/**
 * The built-in compliance rules and their helpers. Not part of the API: the module does not export
 * this package.
 */
package vn.campaign.internal.compliance;
