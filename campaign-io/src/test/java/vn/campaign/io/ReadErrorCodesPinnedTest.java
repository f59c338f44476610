package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.io.PlanReadExceptionTest.base;
import static vn.campaign.io.PlanReadExceptionTest.failure;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case or more per read error code, each with its exact code, line, column and pointer, on the
 * inputs whose reading depends most on the Jackson version underneath (bytes that are not UTF-8,
 * truncation, limits, escapes). The build runs it against the current Jackson and against the floor
 * of the supported range (the {@code floor} profile, Jackson 2.19), so a code that changes with the
 * version fails here: Jackson 2.19 decodes an encoded surrogate that 2.20 and later refuse.
 */
class ReadErrorCodesPinnedTest {

    private static final PlanJson JSON = PlanJson.create();
    /** Strict, so that an unknown member is an error rather than an extension. */
    private static final PlanJson STRICT = PlanJson.builder().strict(true).build();

    /** An input and the error it must give. */
    record Case(String name, byte[] input, ReadErrorCode code, int line, int column, String pointer, boolean strict) {

        static Case of(String name, String input, ReadErrorCode code, int line, int column, String pointer) {
            return new Case(name, input.getBytes(StandardCharsets.UTF_8), code, line, column, pointer, false);
        }

        Case strictly() {
            return new Case(name, input, code, line, column, pointer, true);
        }

        /** The title's first three letters "XXX" replaced by bytes. */
        static Case bytesInTitle(String name, int[] bytes, ReadErrorCode code, int line, int column, String pointer) {
            byte[] input = base("\"title\": \"triển", "\"title\": \"XXXtriển").getBytes(StandardCharsets.UTF_8);
            int at = new String(input, StandardCharsets.ISO_8859_1).indexOf("XXXtri");
            for (int i = 0; i < bytes.length; i++) {
                input[at + i] = (byte) bytes[i];
            }
            return new Case(name, input, code, line, column, pointer, false);
        }

        @Override
        public String toString() {
            return code + ": " + name;
        }
    }

    static List<Case> cases() {
        return List.of(
                Case.of("truncated", base("\"end\": \"2024-12-31\"", "\"end\": \"2024-12-31\"").substring(0, 40),
                        ReadErrorCode.MALFORMED_JSON, 3, 13, "/type"),
                Case.of("a missing comma", base("\"type\": \"KH\",", "\"type\": \"KH\""),
                        ReadErrorCode.MALFORMED_JSON, 4, 3, ""),
                Case.bytesInTitle("a lone continuation byte", new int[] {0x80, 'X', 'X'},
                        ReadErrorCode.MALFORMED_JSON, 5, 13, "/title"),
                Case.bytesInTitle("an overlong '/'", new int[] {0xC0, 0xAF, 'X'},
                        ReadErrorCode.MALFORMED_JSON, 5, 13, ""),
                Case.bytesInTitle("an encoded surrogate U+D800", new int[] {0xED, 0xA0, 0x80},
                        ReadErrorCode.MALFORMED_JSON, 5, 13, "/title"),
                Case.bytesInTitle("a code point above U+10FFFF", new int[] {0xF4, 0x90, 0x80},
                        ReadErrorCode.MALFORMED_JSON, 5, 13, "/title"),
                Case.of("an escaped unpaired surrogate", base("\"title\": \"triển", "\"title\": \"\\ud800triển"),
                        ReadErrorCode.INVALID_VALUE, 5, 12, "/title"),
                Case.of("a number as the title", base("\"title\": \"triển khai thực hiện Cuộc vận động năm 2024\"",
                        "\"title\": 2024"), ReadErrorCode.WRONG_TYPE, 5, 12, "/title"),
                Case.of("no title", base("\"title\": \"triển khai thực hiện Cuộc vận động năm 2024\",\n", ""),
                        ReadErrorCode.MISSING_MEMBER, 1, 1, "/title"),
                Case.of("an unknown member", base("\"type\": \"KH\",", "\"type\": \"KH\", \"kind\": 1,"),
                        ReadErrorCode.UNKNOWN_MEMBER, 3, 17, "/kind").strictly(),
                Case.of("two extension names equal after NFC", base("\"type\": \"KH\",",
                        "\"type\": \"KH\", \"x-\u0103\": 1, \"x-a\u0306\": 2,"),
                        ReadErrorCode.EQUIVALENT_MEMBER, 3, 27, "/x-a\u0306"),
                Case.of("the type twice", base("\"type\": \"KH\",", "\"type\": \"KH\", \"type\": \"KH\","),
                        ReadErrorCode.DUPLICATE_MEMBER, 3, 17, "/type"),
                Case.of("an unknown task kind", base("\"GREAT_UNITY_FESTIVAL\"", "\"FESTIVAL\""),
                        ReadErrorCode.UNKNOWN_CODE, 23, 13, "/sections/0/tasks/0/kinds/0"),
                Case.of("30 February", base("\"start\": \"2024-01-01\"", "\"start\": \"2024-02-30\""),
                        ReadErrorCode.INVALID_DATE, 7, 14, "/period/start"),
                Case.of("two extension names equal in NFC", base("\"id\": \"festival\",",
                        "\"id\": \"festival\", \"x-\u0103\": 1, \"x-a\u0306\": 2,"),
                        ReadErrorCode.EQUIVALENT_MEMBER, 21, 39, "/sections/0/tasks/0/x-a\u0306"),
                Case.of("a future version", base("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"9.0\""),
                        ReadErrorCode.UNSUPPORTED_VERSION, 2, 20, "/schemaVersion"),
                Case.of("2,000 nested arrays", base("\"campaign\": {", "\"x-deep\": " + "[".repeat(2000)
                        + "]".repeat(2000) + ", \"campaign\": {"), ReadErrorCode.LIMIT_EXCEEDED, 10, 76, "/x-deep" + "/0".repeat(63)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void read_givesTheExactError(Case c) {
        PlanReadException e = failure(c.strict() ? STRICT : JSON, c.input());

        assertThat(List.of(e.errorCode(), e.line(), e.column(), e.pointer())).as(e.getMessage())
                .containsExactly(c.code(), c.line(), c.column(), c.pointer());
    }

    @Test
    void everyCode_hasACase() {
        Set<ReadErrorCode> pinned = cases().stream().map(Case::code).collect(Collectors.toSet());

        assertThat(pinned).isEqualTo(EnumSet.allOf(ReadErrorCode.class));
    }
}
