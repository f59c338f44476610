package vn.campaign.spring;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.campaign.model.Language;

/**
 * The settings of the SDK in a Spring Boot application, under {@code campaign.*}:
 *
 * <pre>
 * campaign.language=vi            # or en: messages of findings in JSON and of problem responses
 * campaign.strict=false           # true: members the format does not define are read errors
 * campaign.problem-responses=true # false: no RFC 9457 answers for unreadable and invalid plans
 * </pre>
 *
 * <p>Mutable, as Spring binds it; not thread-safe while being bound.
 *
 * @since 0.1
 */
@ConfigurationProperties(prefix = "campaign")
public class CampaignProperties {

    /** The language of the messages of findings written as JSON and of problem responses. */
    private Language language = Language.VI;

    /** Whether members the format does not define are read errors rather than kept as extensions. */
    private boolean strict;

    /** Whether plans that cannot be read or are rejected become RFC 9457 problem responses. */
    private boolean problemResponses = true;

    /** Creates the settings at their defaults: Vietnamese, lenient, problem responses on. */
    public CampaignProperties() {
    }

    /**
     * Returns the language of the messages of findings and of problem responses.
     *
     * @return the language, Vietnamese by default, never null
     */
    public Language getLanguage() {
        return language;
    }

    /**
     * Sets the language of the messages of findings and of problem responses.
     *
     * @param language the language, not null ({@code vi} or {@code en} in properties)
     */
    public void setLanguage(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * Returns whether members the format does not define are read errors.
     *
     * @return true for strict reading; false by default
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Sets whether members the format does not define are read errors.
     *
     * @param strict true for strict reading
     */
    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    /**
     * Returns whether unreadable and rejected plans become RFC 9457 problem responses.
     *
     * @return true by default
     */
    public boolean isProblemResponses() {
        return problemResponses;
    }

    /**
     * Sets whether unreadable and rejected plans become RFC 9457 problem responses.
     *
     * @param problemResponses false to leave those failures to the application
     */
    public void setProblemResponses(boolean problemResponses) {
        this.problemResponses = problemResponses;
    }
}
