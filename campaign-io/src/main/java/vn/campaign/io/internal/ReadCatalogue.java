package vn.campaign.io.internal;

import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import vn.campaign.finding.FindingCatalogue;
import vn.campaign.finding.FindingCode;
import vn.campaign.io.PlanReadException;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.model.Language;

/**
 * The catalogue of the codes of {@link PlanReadException} ({@link ReadErrorCode}), each an
 * {@link vn.campaign.finding.Severity#ERROR}, worded by
 * the bundles {@code vn/campaign/io/messages.properties} (Vietnamese) and {@code messages_en.properties}:
 * the message names the problem and quotes the exception's detail, in English, as its argument.
 * Stateless and thread-safe; not part of the API.
 */
public final class ReadCatalogue implements FindingCatalogue {

    /** The base name of the bundles. */
    public static final String BUNDLE = "vn.campaign.io.messages";

    private static final List<FindingCode> CODES = List.of(ReadErrorCode.values());

    /** Creates the catalogue; {@link java.util.ServiceLoader} calls this. */
    public ReadCatalogue() {
    }

    @Override
    public Collection<FindingCode> codes() {
        return CODES;
    }

    @Override
    public ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, FindingCatalogue.locale(language));
    }
}
