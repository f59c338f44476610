/**
 * The plan format and the JSON of findings for Jackson 3: {@link
 * vn.campaign.io.jackson3.CampaignJackson3Module} and its read error,
 * {@link vn.campaign.io.jackson3.PlanFormatException}.
 *
 * <p>Nothing here reads or writes JSON by itself: campaign-io's reader and writer run behind thin
 * adapters of Jackson 3's parser and generator to the Jackson 2 interfaces they are written against.
 */
package vn.campaign.io.jackson3;
