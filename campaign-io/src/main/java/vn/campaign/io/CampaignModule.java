package vn.campaign.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;
import vn.campaign.model.Language;
import vn.campaign.io.internal.ModelDeserializers;
import vn.campaign.io.internal.ModelSerializers;

/**
 * The plan format as a Jackson module, for applications that read and write plans, or their own
 * classes holding schedules, amounts, document numbers and periods, with their own
 * {@code ObjectMapper}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CampaignModule());
 * // or: new ObjectMapper().findAndRegisterModules(), through META-INF/services
 * Plan plan = mapper.readValue(file, Plan.class);
 * }</pre>
 *
 * <p>The module serializes and deserializes {@code Plan} (the whole document,
 * {@code schemaVersion} first), {@code Schedule}, {@code DateRange}, {@code DocumentNumber},
 * {@code DocumentType} and {@code Money} exactly as {@link PlanJson} does, with the layout of the
 * application's generator; it serializes a {@code Finding} and every {@code Report}
 * ({@code ValidationReport}, {@code ComplianceReport}, ...) in the JSON of {@link FindingsJson},
 * with messages in the {@linkplain #language(Language) language} set, Vietnamese by default. A value that is not in the format fails with a
 * {@code MismatchedInputException} carrying the location of the offending token and the reference
 * chain down to it; the syntax errors and limits are those of the application's parser, and met inside
 * a plan they fail the same way, with {@link ReadErrorCode#MALFORMED_JSON} or
 * {@link ReadErrorCode#LIMIT_EXCEEDED} and the line and column {@link PlanJson} gives.
 * {@link PlanJson} adds canonical layout, its {@link ReadLimits} and {@link PlanReadException}.
 *
 * <p>Configure with {@link #enable(CampaignFeature)} before registering; features are read when
 * the module is registered. Not thread-safe while being configured.
 *
 * @since 0.1
 */
public final class CampaignModule extends Module {

    private static final Version VERSION = version("campaign-io");

    private int features = CampaignFeature.collectDefaults();
    private Language language = Language.VI;

    /** Creates the module with every feature at its default. */
    public CampaignModule() {
    }

    private static Version version(String artifactId) {
        // The jar carries its Maven coordinates; classes run from a build directory have none.
        String resource = "/META-INF/maven/vn.campaign/" + artifactId + "/pom.properties";
        try (InputStream in = CampaignModule.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Version.unknownVersion();
            }
            Properties properties = new Properties();
            properties.load(in);
            return VersionUtil.parseVersion(properties.getProperty("version"), "vn.campaign", artifactId);
        } catch (IOException e) {
            return Version.unknownVersion();
        }
    }

    /**
     * Enables a feature.
     *
     * @param feature the feature, not null
     * @return this module
     */
    public CampaignModule enable(CampaignFeature feature) {
        features |= Objects.requireNonNull(feature, "feature").getMask();
        return this;
    }

    /**
     * Disables a feature.
     *
     * @param feature the feature, not null
     * @return this module
     */
    public CampaignModule disable(CampaignFeature feature) {
        features &= ~Objects.requireNonNull(feature, "feature").getMask();
        return this;
    }

    /**
     * Enables or disables a feature.
     *
     * @param feature the feature, not null
     * @param state true to enable it
     * @return this module
     */
    public CampaignModule configure(CampaignFeature feature, boolean state) {
        return state ? enable(feature) : disable(feature);
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
     * Sets the language of the messages of findings and reports written by the mapper; Vietnamese
     * by default.
     *
     * @param value the language, not null
     * @return this module
     */
    public CampaignModule language(Language value) {
        this.language = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * Returns the language of the messages of findings and reports written by the mapper.
     *
     * @return the language, never null
     */
    public Language language() {
        return language;
    }

    /**
     * Returns the name of this module, {@code "CampaignModule"}.
     *
     * @return the name, never null
     */
    @Override
    public String getModuleName() {
        return "CampaignModule";
    }

    /**
     * Returns the version of campaign-io, or {@link Version#unknownVersion()} outside its jar.
     *
     * @return the version, never null
     */
    @Override
    public Version version() {
        return VERSION;
    }

    /**
     * Registers the serializers and deserializers, configured by the features enabled now.
     *
     * @param context the mapper's setup context, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(ModelSerializers.all(language));
        context.addDeserializers(ModelDeserializers.all(isEnabled(CampaignFeature.STRICT_MEMBERS)));
    }
}
