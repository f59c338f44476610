package vn.campaign.importer.internal;

import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import vn.campaign.finding.FindingCatalogue;
import vn.campaign.importer.ImportCode;
import vn.campaign.model.Language;

/**
 * The catalogue of the importer's codes, worded by the bundles
 * {@code vn/campaign/importer/messages.properties} (Vietnamese) and {@code messages_en.properties}.
 * Stateless and thread-safe; not part of the API.
 */
public final class ImportCatalogue implements FindingCatalogue {

    /** The base name of the bundles. */
    public static final String BUNDLE = "vn.campaign.importer.messages";

    /** Creates the catalogue; {@link java.util.ServiceLoader} calls this. */
    public ImportCatalogue() {
    }

    @Override
    public Collection<ImportCode> codes() {
        return List.of(ImportCode.values());
    }

    @Override
    public ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, FindingCatalogue.locale(language));
    }
}
