package vn.campaign.internal.compliance;

import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import vn.campaign.compliance.ComplianceCode;
import vn.campaign.finding.FindingCatalogue;
import vn.campaign.model.Language;

/**
 * The catalogue of the codes of the built-in compliance rules, worded by the bundles
 * {@code vn/campaign/compliance/messages.properties} (Vietnamese) and {@code messages_en.properties}.
 * Stateless and thread-safe. Not part of the API.
 */
public final class ComplianceCatalogue implements FindingCatalogue {

    /** The base name of the bundles. */
    public static final String BUNDLE = "vn.campaign.compliance.messages";

    /** Creates the catalogue; {@link java.util.ServiceLoader} calls this. */
    public ComplianceCatalogue() {
    }

    @Override
    public Collection<ComplianceCode> codes() {
        return List.of(ComplianceCode.values());
    }

    @Override
    public ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, FindingCatalogue.locale(language));
    }
}
