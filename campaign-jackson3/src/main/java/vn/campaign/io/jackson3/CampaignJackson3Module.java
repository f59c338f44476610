package vn.campaign.io.jackson3;

import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import vn.campaign.io.CampaignFeature;
import vn.campaign.io.CampaignModule;
import vn.campaign.model.Language;

/**
 * The plan format as a Jackson 3 module, for applications on Jackson 3 ({@code tools.jackson},
 * the JSON of Spring Boot 4): what {@link CampaignModule} is to Jackson 2.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build(); // META-INF/services
 * // or: JsonMapper.builder().addModule(new CampaignJackson3Module()).build()
 * Plan plan = mapper.readValue(file, Plan.class);
 * }</pre>
 *
 * <p>It serializes and deserializes {@code Plan}, {@code Schedule}, {@code DateRange},
 * {@code DocumentNumber}, {@code DocumentType} and {@code Money} with campaign-io's own reader and
 * writer, so the bytes are those of {@link CampaignModule} with the same layout, and those of
 * {@code PlanJson} with its; it serializes a {@code Finding} and every {@code Report} in the JSON of
 * {@code FindingsJson}. A value that is not in the format fails with a {@link PlanFormatException}
 * carrying the code, line, column and pointer {@code PlanJson} gives; the limits are those of the
 * application's parser.
 *
 * <p>Configure before registering; the settings are read when the module is registered. Not
 * thread-safe while being configured.
 *
 * @since 0.1
 */
public final class CampaignJackson3Module extends JacksonModule {

    private int features = CampaignFeature.collectDefaults();
    private Language language = Language.VI;

    /** Creates the module with every feature at its default and Vietnamese messages. */
    public CampaignJackson3Module() {
    }

    /**
     * Enables a feature.
     *
     * @param feature the feature, not null
     * @return this module
     */
    public CampaignJackson3Module enable(CampaignFeature feature) {
        features |= Objects.requireNonNull(feature, "feature").getMask();
        return this;
    }

    /**
     * Disables a feature.
     *
     * @param feature the feature, not null
     * @return this module
     */
    public CampaignJackson3Module disable(CampaignFeature feature) {
        features &= ~Objects.requireNonNull(feature, "feature").getMask();
        return this;
    }

    /**
     * Returns whether a feature is enabled.
     *
     * @param feature the feature, not null
     * @return true if enabled
     */
    public boolean isEnabled(CampaignFeature feature) {
        return Objects.requireNonNull(feature, "feature").enabledIn(features);
    }

    /**
     * Sets the language of the messages of findings and reports; Vietnamese by default.
     *
     * @param value the language, not null
     * @return this module
     */
    public CampaignJackson3Module language(Language value) {
        this.language = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * Returns the language of the messages of findings and reports.
     *
     * @return the language, never null
     */
    public Language language() {
        return language;
    }

    /**
     * Returns the name of this module, {@code "CampaignJackson3Module"}.
     *
     * @return the name, never null
     */
    @Override
    public String getModuleName() {
        return "CampaignJackson3Module";
    }

    /**
     * Returns the version of campaign-io, whose format this module reads and writes, or an unknown
     * version outside its jar.
     *
     * @return the version, never null
     */
    @Override
    public Version version() {
        com.fasterxml.jackson.core.Version v = new CampaignModule().version();
        return new Version(v.getMajorVersion(), v.getMinorVersion(), v.getPatchLevel(),
                v.isSnapshot() ? "SNAPSHOT" : null, v.getGroupId(), v.getArtifactId());
    }

    /**
     * Registers the serializers and deserializers, configured by the settings made now.
     *
     * @param context the mapper's setup context, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(Bindings.serializers(language));
        context.addDeserializers(Bindings.deserializers(isEnabled(CampaignFeature.STRICT_MEMBERS)));
    }
}
