package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.model.Plan;

/**
 * The cases of {@link ReadErrorCodesPinnedTest} read through {@link CampaignModule} on a plain Jackson 2
 * {@link ObjectMapper}, as an application (Spring Boot 3) reads a request body:
 * {@link PlanReadException#find(Throwable)} gives back the exact code, line, column and pointer, the
 * syntax errors and limits of the application's parser met inside the plan included. Run against the
 * current Jackson and the floor (Jackson 2.19) like its sibling.
 *
 * <p>Where the application's parser itself decides, the answer is pinned apart: bytes that are not
 * UTF-8 are placed where Jackson stops (after the bad sequence) rather than at the bad byte as
 * {@code PlanJson}, which scans the bytes first; the nesting limit is the mapper's (Jackson's
 * default, 1000) rather than {@link ReadLimits}'s; Jackson 2 decodes an overlong encoding without
 * complaint, and Jackson 2.19 an encoded surrogate (which the reader then refuses as unpaired).
 */
class ModuleReadErrorCodesTest {

    /** The floor of the supported range (profile floor) rather than a current Jackson. */
    private static final boolean JACKSON_2_19 =
            com.fasterxml.jackson.core.json.PackageVersion.VERSION.getMinorVersion() == 19;

    /** What the module gives where it differs from PlanJson: code, line, column, pointer; empty if it reads. */
    private static final Map<String, List<Object>> APPLICATION_PARSER = Map.of(
            "a lone continuation byte", List.of(ReadErrorCode.MALFORMED_JSON, 5, 14, "/title"),
            "an overlong '/'", List.of(),
            // Jackson 2.19 decodes it, and the reader refuses the unpaired surrogate; 2.20 and later refuse it.
            "an encoded surrogate U+D800", JACKSON_2_19
                    ? List.of(ReadErrorCode.INVALID_VALUE, 5, 12, "/title")
                    : List.of(ReadErrorCode.MALFORMED_JSON, 5, 16, "/title"),
            "a code point above U+10FFFF", List.of(ReadErrorCode.MALFORMED_JSON, 5, 17, "/title"),
            "2,000 nested arrays", List.of(ReadErrorCode.LIMIT_EXCEEDED, 10, 1012, "/x-deep" + "/0".repeat(999)));

    static List<ReadErrorCodesPinnedTest.Case> cases() {
        return ReadErrorCodesPinnedTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readThroughTheModule_givesTheExactError(ReadErrorCodesPinnedTest.Case c) {
        ObjectMapper mapper = new ObjectMapper().registerModule(
                new CampaignModule().configure(CampaignFeature.STRICT_MEMBERS, c.strict()));

        Throwable thrown = catchThrowable(() -> mapper.readValue(c.input(), Plan.class));

        List<Object> expected = APPLICATION_PARSER.getOrDefault(c.name(),
                List.of(c.code(), c.line(), c.column(), c.pointer()));
        assertThat(thrown == null ? List.of() : PlanReadException.find(thrown)
                .map(e -> List.<Object>of(e.errorCode(), e.line(), e.column(), e.pointer()))
                .orElseGet(() -> List.of("no read error", thrown.toString())))
                .isEqualTo(expected);
    }

    @Test
    void syntaxError_saysWhatPlanJsonSays() {
        ReadErrorCodesPinnedTest.Case truncated = cases().get(0);
        ReadErrorCodesPinnedTest.Case missingComma = cases().get(1);
        ObjectMapper mapper = new ObjectMapper().registerModule(new CampaignModule());

        for (ReadErrorCodesPinnedTest.Case c : List.of(truncated, missingComma)) {
            PlanReadException fromModule = PlanReadException.find(
                    catchThrowable(() -> mapper.readValue(c.input(), Plan.class))).orElseThrow();
            PlanReadException fromPlanJson = PlanReadExceptionTest.failure(PlanJson.create(), c.input());

            assertThat(fromModule.getMessage()).isEqualTo(fromPlanJson.getMessage());
        }
    }
}
