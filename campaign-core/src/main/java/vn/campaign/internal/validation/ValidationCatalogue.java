package vn.campaign.internal.validation;

import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import vn.campaign.finding.FindingCatalogue;
import vn.campaign.model.Language;
import vn.campaign.validation.ValidationCode;

/**
 * The catalogue of the codes of {@code PlanValidator}, worded by the bundles
 * {@code vn/campaign/validation/messages.properties} (Vietnamese) and {@code messages_en.properties}.
 * Stateless and thread-safe. Not part of the API.
 */
public final class ValidationCatalogue implements FindingCatalogue {

    /** The base name of the bundles. */
    public static final String BUNDLE = "vn.campaign.validation.messages";

    /** Creates the catalogue; {@link java.util.ServiceLoader} calls this. */
    public ValidationCatalogue() {
    }

    @Override
    public Collection<ValidationCode> codes() {
        return List.of(ValidationCode.values());
    }

    @Override
    public ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, FindingCatalogue.locale(language));
    }
}
