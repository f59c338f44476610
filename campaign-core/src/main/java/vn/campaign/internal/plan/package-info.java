/**
 * The one index of a plan's parts and where they are, shared by validation and compliance. Not part
 * of the API.
 */
package vn.campaign.internal.plan;
