/**
 * The plan format and the JSON of findings for Jackson 3 ({@code tools.jackson}):
 * {@code CampaignJackson3Module}, also found by {@code JsonMapper.builder().findAndAddModules()}.
 *
 * <p>It holds no format of its own: campaign-io's reader and writer run behind adapters of Jackson
 * 3's parser and generator, so that Jackson 2 and Jackson 3 give the same bytes and the same errors.
 */
// "jackson3" ends in a digit, which javac's lint discourages; the major it binds to is the point.
@SuppressWarnings("module")
module vn.campaign.io.jackson3 {
    requires transitive vn.campaign.io;
    requires transitive tools.jackson.databind;

    exports vn.campaign.io.jackson3;

    provides tools.jackson.databind.JacksonModule with vn.campaign.io.jackson3.CampaignJackson3Module;
}
