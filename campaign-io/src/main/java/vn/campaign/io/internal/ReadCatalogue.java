package vn.campaign.io.internal;

import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.campaign.finding.FindingCatalogue;
import vn.campaign.finding.FindingCode;
import vn.campaign.finding.Severity;
import vn.campaign.io.PlanReadException;
import vn.campaign.model.Language;

/**
 * The catalogue of the codes of {@link PlanReadException}, each an {@link Severity#ERROR}, worded by
 * the bundles {@code vn/campaign/io/messages.properties} (Vietnamese) and {@code messages_en.properties}:
 * the message names the problem and quotes the exception's detail, in English, as its argument.
 * Stateless and thread-safe; not part of the API.
 */
public final class ReadCatalogue implements FindingCatalogue {

    /** The base name of the bundles. */
    public static final String BUNDLE = "vn.campaign.io.messages";

    /** A code of the reader: an error. */
    private record ReadCode(String code) implements FindingCode {
        @Override
        public Severity severity() {
            return Severity.ERROR;
        }
    }

    private static final List<FindingCode> CODES = Stream.of(PlanReadException.MALFORMED_JSON,
            PlanReadException.WRONG_TYPE, PlanReadException.MISSING_MEMBER, PlanReadException.UNKNOWN_MEMBER,
            PlanReadException.DUPLICATE_MEMBER, PlanReadException.UNKNOWN_CODE, PlanReadException.INVALID_DATE,
            PlanReadException.INVALID_VALUE, PlanReadException.UNSUPPORTED_VERSION, PlanReadException.LIMIT_EXCEEDED)
            .map(ReadCode::new).collect(Collectors.toUnmodifiableList());

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
