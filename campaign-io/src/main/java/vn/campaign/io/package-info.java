/**
 * The JSON format of campaign plans: {@link vn.campaign.io.PlanJson} to read and write documents,
 * {@link vn.campaign.io.PlanReadException} when a document is not a plan, and
 * {@link vn.campaign.io.CampaignModule} for applications with their own Jackson
 * {@code ObjectMapper}.
 *
 * <p>The format itself, member by member, its versions, its error codes and its compatibility
 * promise are in {@code docs/json-format.md}. Everything public here is API; the implementation is
 * in {@code vn.campaign.io.internal}, which the module does not export.
 */
package vn.campaign.io;
