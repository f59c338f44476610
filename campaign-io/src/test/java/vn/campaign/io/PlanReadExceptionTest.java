package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Language;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;

/**
 * The catalogue of unreadable documents: each case asserts the exact code, line, column and JSON
 * Pointer. Every case mutates {@link #BASE}, a small plan in canonical layout, so that positions
 * can be checked against the numbered lines below.
 */
class PlanReadExceptionTest {

    /** A canonical plan document; the comments give each line's number. */
    static final String BASE = """
            {
              "schemaVersion": "1.0",
              "type": "KH",
              "issuerId": "district-standing-committee",
              "title": "triển khai thực hiện Cuộc vận động năm 2024",
              "period": {
                "start": "2024-01-01",
                "end": "2024-12-31"
              },
              "campaign": {
                "name": "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
              },
              "sections": [
                {
                  "id": "II",
                  "number": "II",
                  "heading": "NỘI DUNG",
                  "kind": "CONTENT",
                  "tasks": [
                    {
                      "id": "festival",
                      "kinds": [
                        "GREAT_UNITY_FESTIVAL"
                      ],
                      "schedule": {
                        "kind": "QUARTERS",
                        "year": 2024,
                        "quarters": [
                          3,
                          4
                        ]
                      }
                    }
                  ]
                }
              ],
              "funding": {
                "sources": [
                  {
                    "id": "state-budget",
                    "kind": "STATE_BUDGET",
                    "description": "Ngân sách"
                  }
                ],
                "budgetLines": [
                  {
                    "id": "bl-1",
                    "item": "PROPAGANDA",
                    "sourceId": "state-budget",
                    "amount": 15000000
                  }
                ]
              },
              "actors": [
                {
                  "id": "district-standing-committee",
                  "kind": "STANDING_COMMITTEE",
                  "level": "DISTRICT",
                  "name": "Ban Thường trực"
                }
              ]
            }
            """;
    // Lines:  1 {            2 schemaVersion   3 type          4 issuerId      5 title
    //         6 period {     7 start           8 end          10 campaign {   11 name
    //        13 sections [  14 {              15 id           16 number       17 heading
    //        18 kind        19 tasks [        20 {            21 id           22 kinds [
    //        25 schedule {  26 kind           27 year         28 quarters [   29 3   30 4
    //        37 funding {   38 sources [      45 budgetLines [ 46 {           49 sourceId
    //        50 amount      54 actors [       55 {            56 id           57 kind   59 name

    private static final PlanJson JSON = PlanJson.create();

    /** Returns {@link #BASE} with one exact, unique piece of text replaced. */
    static String base(String from, String to) {
        int at = BASE.indexOf(from);
        assertThat(at).as("occurs in BASE: %s", from).isNotNegative();
        assertThat(BASE.indexOf(from, at + 1)).as("occurs once in BASE: %s", from).isNegative();
        return BASE.substring(0, at) + to + BASE.substring(at + from.length());
    }

    static PlanReadException failure(PlanJson json, byte[] input) {
        PlanReadException e = catchThrowableOfType(PlanReadException.class, () -> json.read(input));
        assertThat(e).as("a PlanReadException").isNotNull();
        return e;
    }

    static void assertFailure(PlanJson json, byte[] input, ReadErrorCode code, int line, int column, String pointer) {
        PlanReadException e = failure(json, input);
        assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(code);
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code.code());
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
        assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
        assertThat(e.getMessage()).doesNotContain("\n", "\r", "Source", "jackson", "Exception");
    }

    static void assertFailure(String input, ReadErrorCode code, int line, int column, String pointer) {
        assertFailure(JSON, input.getBytes(StandardCharsets.UTF_8), code, line, column, pointer);
    }

    @Test
    void base_isACanonicalPlan() throws IOException {
        assertThat(JSON.write(JSON.read(BASE))).isEqualTo(BASE);
    }

    // --- the exception itself ---------------------------------------------------------------------

    @Test
    void message_isOneLineWithLocationPointerAndDetail() {
        PlanReadException e = failure(JSON, bytes(base("\"number\": \"II\"", "\"number\": 2")));

        assertThat(e.getMessage())
                .isEqualTo("line 16, column 17 at /sections/0/number: expected a string, found a number");
        assertThat(e.detail()).isEqualTo("expected a string, found a number");
    }

    @Test
    void message_leavesOutTheRootPointer() {
        PlanReadException e = failure(JSON, bytes("[]"));

        assertThat(e.getMessage()).isEqualTo("line 1, column 1: expected an object, found an array");
        assertThat(e.pointer()).isEmpty();
    }

    @Test
    void message_quotesAtMostFortyCharactersOfTheDocument() {
        String code = "X".repeat(500);
        PlanReadException e = failure(JSON, bytes(base("\"STANDING_COMMITTEE\"", "\"" + code + "\"")));

        assertThat(e.getMessage()).contains("\"" + "X".repeat(40) + "…\"").doesNotContain("X".repeat(41));
    }

    @Test
    void message_neverBreaksTheLine() {
        PlanJson strict = PlanJson.builder().strict(true).build();
        PlanReadException e = failure(strict, bytes(base("\"number\": \"II\"", "\"number\": \"II\",\n\"x\\n\\ny\": 1")));

        assertThat(e.pointer()).isEqualTo("/sections/0/x\n\ny");
        assertThat(e.getMessage()).isEqualTo("line 17, column 1 at /sections/0/x\\u000a\\u000ay: unknown member "
                + "\"x\\u000a\\u000ay\" (strict mode)");
    }

    @Test
    void codes_keepTheStringsTheyWereReleasedWith() {
        assertThat(Arrays.stream(ReadErrorCode.values()).map(ReadErrorCode::code)).containsExactly(
                "MALFORMED_JSON", "WRONG_TYPE", "MISSING_MEMBER", "UNKNOWN_MEMBER", "DUPLICATE_MEMBER", "UNKNOWN_CODE",
                "INVALID_DATE", "INVALID_VALUE", "UNSUPPORTED_VERSION", "LIMIT_EXCEEDED", "EQUIVALENT_MEMBER");
    }

    @Test
    void codes_areFoundByTheirString() {
        for (ReadErrorCode code : ReadErrorCode.values()) {
            assertThat(ReadErrorCode.of(code.code())).contains(code);
        }
        assertThat(ReadErrorCode.of("wrong_type")).isEmpty();
    }

    @Test
    void codes_haveALabelInEachLanguage() {
        for (ReadErrorCode code : ReadErrorCode.values()) {
            assertThat(code.label(Language.VI)).as(code.code()).isNotBlank().isNotEqualTo(code.label(Language.EN));
            assertThat(code.label(Language.EN)).as(code.code()).isNotBlank().isEqualTo(code.summary());
        }
        assertThat(ReadErrorCode.WRONG_TYPE.label()).isEqualTo("Sai kiểu giá trị");
    }

    @Test
    void code_isTheStringOfTheErrorCode() {
        PlanReadException e = failure(JSON, bytes("[]"));

        assertThat(e.errorCode()).isEqualTo(ReadErrorCode.WRONG_TYPE);
        assertThat(e.code()).isEqualTo("WRONG_TYPE");
    }

    @Test
    void codes_areEachDocumentedWithAnExample() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8);

        for (ReadErrorCode code : ReadErrorCode.values()) {
            assertThat(doc).as("docs/json-format.md").contains("### `" + code.code() + "`");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // --- MALFORMED_JSON ---------------------------------------------------------------------------

    @Test
    void read_rejectsMalformedJson() {
        assertFailure(base("\"type\": \"KH\",", "\"type\": ,"), ReadErrorCode.MALFORMED_JSON, 3, 11, "/type");
    }

    @Test
    void read_rejectsTruncatedJson() {
        String truncated = BASE.substring(0, BASE.indexOf("triển khai") + "triển khai".length());

        assertFailure(truncated, ReadErrorCode.MALFORMED_JSON, 5, 23, "/title");
    }

    @Test
    void read_rejectsEmptyInput() {
        assertFailure("", ReadErrorCode.MALFORMED_JSON, 1, 1, "");
    }

    @Test
    void read_rejectsContentAfterThePlan() {
        assertFailure(BASE + "{}", ReadErrorCode.MALFORMED_JSON, 63, 1, "");
    }

    @Test
    void read_rejectsInvalidUtf8() {
        byte[] input = bytes(base("\"NỘI DUNG\"", "\"N#I DUNG\""));
        int hash = 0;
        while (input[hash] != '#') {
            hash++;
        }
        input[hash] = (byte) 0xFF;

        assertFailure(JSON, input, ReadErrorCode.MALFORMED_JSON, 17, 20, "/sections/0/heading");
    }

    @Test
    void read_rejectsUtf16() {
        assertFailure(JSON, BASE.getBytes(StandardCharsets.UTF_16LE), ReadErrorCode.MALFORMED_JSON, 1, 1, "");
    }

    @Test
    void read_rejectsUnpairedSurrogateInText() {
        PlanReadException e = catchThrowableOfType(PlanReadException.class,
                () -> JSON.read(base("Ban Thường trực", "Ban \uD800")));

        assertThat(describe(e)).isEqualTo("MALFORMED_JSON 59 20 ");
    }

    @Test
    void read_rejectsEscapedUnpairedSurrogate() {
        assertFailure(base("Ban Thường trực", "Ban \\uD800"), ReadErrorCode.INVALID_VALUE, 59, 15, "/actors/0/name");
    }

    // --- WRONG_TYPE -------------------------------------------------------------------------------

    @Test
    void read_rejectsTopLevelArray() {
        assertFailure("[\n]", ReadErrorCode.WRONG_TYPE, 1, 1, "");
    }

    @Test
    void read_rejectsNumberForString() {
        assertFailure(base("\"number\": \"II\"", "\"number\": 2"), ReadErrorCode.WRONG_TYPE, 16, 17,
                "/sections/0/number");
    }

    @Test
    void read_rejectsNull() {
        assertFailure(base("\"title\": \"triển khai thực hiện Cuộc vận động năm 2024\"", "\"title\": null"),
                ReadErrorCode.WRONG_TYPE, 5, 12, "/title");
    }

    @Test
    void read_rejectsObjectForList() {
        assertFailure(base("\"kinds\": [\n            \"GREAT_UNITY_FESTIVAL\"\n          ]", "\"kinds\": {}"),
                ReadErrorCode.WRONG_TYPE, 22, 20, "/sections/0/tasks/0/kinds");
    }

    @Test
    void read_rejectsNumericSchemaVersion() {
        assertFailure(base("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": 1.0"), ReadErrorCode.WRONG_TYPE,
                2, 20, "/schemaVersion");
    }

    // --- MISSING_MEMBER ---------------------------------------------------------------------------

    @Test
    void read_rejectsMissingSchemaVersion() {
        assertFailure(base("  \"schemaVersion\": \"1.0\",\n", ""), ReadErrorCode.MISSING_MEMBER, 1, 1,
                "/schemaVersion");
    }

    @Test
    void read_rejectsSchemaVersionNotFirst() {
        assertFailure(base("  \"schemaVersion\": \"1.0\",\n  \"type\": \"KH\",\n",
                "  \"type\": \"KH\",\n  \"schemaVersion\": \"1.0\",\n"), ReadErrorCode.MISSING_MEMBER, 1, 1,
                "/schemaVersion");
    }

    @Test
    void read_rejectsTaskLinkWithoutTaskId() {
        assertFailure(base("      \"id\": \"festival\",\n",
                "      \"id\": \"festival\",\n      \"implementsTasks\": [{\"referenceId\": \"kh-457\"}],\n"),
                ReadErrorCode.MISSING_MEMBER, 22, 27, "/sections/0/tasks/0/implementsTasks/0/taskId");
    }

    @Test
    void read_rejectsNotApplicableWithoutReason() {
        assertFailure(base("  \"sections\": [\n",
                "  \"notApplicable\": [{\"referenceId\": \"kh-457\", \"taskId\": \"t\"}],\n  \"sections\": [\n"),
                ReadErrorCode.MISSING_MEMBER, 13, 21, "/notApplicable/0/reason");
    }

    @Test
    void read_rejectsMissingIssuerId() {
        assertFailure(base("  \"issuerId\": \"district-standing-committee\",\n", ""),
                ReadErrorCode.MISSING_MEMBER, 1, 1, "/issuerId");
    }

    @Test
    void read_rejectsMissingTitle() {
        assertFailure(base("  \"title\": \"triển khai thực hiện Cuộc vận động năm 2024\",\n", ""),
                ReadErrorCode.MISSING_MEMBER, 1, 1, "/title");
    }

    @Test
    void read_rejectsMissingPeriod() {
        assertFailure(base("  \"period\": {\n    \"start\": \"2024-01-01\",\n    \"end\": \"2024-12-31\"\n  },\n", ""),
                ReadErrorCode.MISSING_MEMBER, 1, 1, "/period");
    }

    @Test
    void read_rejectsMissingCampaign() {
        assertFailure(base("  \"campaign\": {\n    \"name\": \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn "
                + "minh\"\n  },\n", ""), ReadErrorCode.MISSING_MEMBER, 1, 1, "/campaign");
    }

    @Test
    void read_rejectsMissingPeriodEnd() {
        assertFailure(base("\"start\": \"2024-01-01\",\n    \"end\": \"2024-12-31\"", "\"start\": \"2024-01-01\""),
                ReadErrorCode.MISSING_MEMBER, 6, 13, "/period/end");
    }

    @Test
    void read_rejectsTaskWithoutId() {
        assertFailure(base("\"id\": \"festival\",\n", ""), ReadErrorCode.MISSING_MEMBER, 20, 9,
                "/sections/0/tasks/0/id");
    }

    @Test
    void read_rejectsBudgetLineWithoutAmount() {
        assertFailure(base("\"sourceId\": \"state-budget\",\n        \"amount\": 15000000",
                "\"sourceId\": \"state-budget\""), ReadErrorCode.MISSING_MEMBER, 46, 7,
                "/funding/budgetLines/0/amount");
    }

    @Test
    void read_rejectsScheduleWithoutItsYear() {
        assertFailure(base("\"year\": 2024,\n", ""), ReadErrorCode.MISSING_MEMBER, 25, 23,
                "/sections/0/tasks/0/schedule/year");
    }

    // --- UNKNOWN_MEMBER and DUPLICATE_MEMBER ------------------------------------------------------

    @Test
    void read_rejectsUnknownMemberOfPeriodEvenWhenLenient() {
        assertFailure(base("\"start\": \"2024-01-01\",", "\"start\": \"2024-01-01\", \"zone\": \"+07:00\","),
                ReadErrorCode.UNKNOWN_MEMBER, 7, 28, "/period/zone");
    }

    @Test
    void read_rejectsScheduleMemberOfAnotherKind() {
        assertFailure(base("\"year\": 2024,", "\"year\": 2024, \"date\": \"2024-11-18\","),
                ReadErrorCode.UNKNOWN_MEMBER, 27, 27, "/sections/0/tasks/0/schedule/date");
    }

    @Test
    void read_rejectsUnknownMemberWhenStrict() {
        assertFailure(PlanJson.builder().strict(true).build(),
                bytes(base("\"id\": \"festival\",", "\"id\": \"festival\", \"colour\": [\"red\"],")),
                ReadErrorCode.UNKNOWN_MEMBER, 21, 29, "/sections/0/tasks/0/colour");
    }

    @Test
    void read_rejectsUnknownMemberWhenStrict_afterMoreThanSixteenMembers_atItsName() {
        // The reader keeps the positions of an object's first sixteen member names in arrays; the
        // unknown member here is the plan's eighteenth, and its error is still at its name.
        String many = base("\"type\": \"KH\",", "\"type\": \"KH\", \"number\": \"15/KH-MTTQ-BTT\", \"place\": \"x\","
                + " \"date\": \"2024-01-02\", \"integrations\": [], \"references\": [], \"preamble\": \"p\","
                + " \"notApplicable\": [], \"recipients\": [], \"closing\": \"c\",");
        assertFailure(PlanJson.builder().strict(true).build(), bytes(many.replace("  \"actors\": [", "  \"zzz\": 1,\n  \"actors\": [")),
                ReadErrorCode.UNKNOWN_MEMBER, 54, 3, "/zzz");
    }

    @Test
    void read_rejectsDuplicateMember() {
        assertFailure(base("  \"type\": \"KH\",\n", "  \"type\": \"KH\",\n  \"type\": \"KH\",\n"),
                ReadErrorCode.DUPLICATE_MEMBER, 4, 3, "/type");
    }

    @Test
    void read_rejectsDuplicateMemberInsideAnExtension() {
        assertFailure(base("\"id\": \"festival\",", "\"id\": \"festival\", \"x\": {\"a\": 1, \"a\": 2},"),
                ReadErrorCode.DUPLICATE_MEMBER, 21, 43, "/sections/0/tasks/0/x/a");
    }

    // --- EQUIVALENT_MEMBER ------------------------------------------------------------------------

    /** Issue 14: "x-ă" precomposed and decomposed; the model keeps NFC names, so one was dropped. */
    @Test
    void read_rejectsTwoExtensionNamesEqualInNfc() {
        assertFailure(base("\"id\": \"festival\",", "\"id\": \"festival\", \"x-\u0103\": 1, \"x-a\u0306\": 2,"),
                ReadErrorCode.EQUIVALENT_MEMBER, 21, 39, "/sections/0/tasks/0/x-a\u0306");
    }

    /** Issue 14: nested, the plan was read but could not be written ("internal error"). */
    @Test
    void read_rejectsTwoNamesEqualInNfcInsideAnExtension() {
        assertFailure(base("\"id\": \"festival\",", "\"id\": \"festival\", \"x\": {\"\u0103\": 1, \"a\u0306\": 2},"),
                ReadErrorCode.EQUIVALENT_MEMBER, 21, 43, "/sections/0/tasks/0/x/a\u0306");
    }

    @Test
    void read_keepsTheLabelOfANewerMinorVersion() throws PlanReadException {
        String document = base("\"id\": \"festival\",", "\"id\": \"festival\", \"fromVersion17\": true,")
                .replaceFirst("\"schemaVersion\": \"1\\.[0-9]\"", "\"schemaVersion\": \"1.7\"");
        assertThat(document).contains("\"schemaVersion\": \"1.7\"");

        vn.campaign.model.Plan plan = JSON.read(bytes(document));
        String written = JSON.write(plan);

        assertThat(written).startsWith("{\n  \"schemaVersion\": \"1.7\",").contains("\"fromVersion17\": true")
                .containsOnlyOnce("schemaVersion");
        assertThat(JSON.read(bytes(written))).isEqualTo(plan);
        assertThat(JSON.write(JSON.read(bytes(written)))).isEqualTo(written);
    }

    // --- UNKNOWN_CODE -----------------------------------------------------------------------------

    @Test
    void read_rejectsUnknownEnumCode() {
        assertFailure(base("\"STANDING_COMMITTEE\"", "\"CHAIRMAN\""), ReadErrorCode.UNKNOWN_CODE, 57, 15,
                "/actors/0/kind");
    }

    @Test
    void read_rejectsCodeInAnotherCase() {
        assertFailure(base("\"GREAT_UNITY_FESTIVAL\"", "\"great_unity_festival\""), ReadErrorCode.UNKNOWN_CODE,
                23, 13, "/sections/0/tasks/0/kinds/0");
    }

    // --- INVALID_DATE -----------------------------------------------------------------------------

    @Test
    void read_rejectsImpossibleDate() {
        assertFailure(base("\"end\": \"2024-12-31\"", "\"end\": \"2024-02-30\""), ReadErrorCode.INVALID_DATE, 8,
                12, "/period/end");
    }

    @Test
    void read_rejectsDateInVietnameseOrder() {
        assertFailure(base("\"start\": \"2024-01-01\"", "\"start\": \"01/01/2024\""), ReadErrorCode.INVALID_DATE,
                7, 14, "/period/start");
    }

    @Test
    void read_rejectsImpossibleAnnualDay() {
        assertFailure(base("\"kind\": \"QUARTERS\",\n            \"year\": 2024,\n            \"quarters\": [\n"
                + "              3,\n              4\n            ]", "\"kind\": \"ANNUAL_DAY\", \"month\": 2, \"day\": 30"),
                ReadErrorCode.INVALID_DATE, 25, 23, "/sections/0/tasks/0/schedule");
    }

    // --- INVALID_VALUE ----------------------------------------------------------------------------

    @Test
    void read_rejectsBadDocumentNumber() {
        assertFailure(base("  \"type\": \"KH\",\n", "  \"type\": \"KH\",\n  \"number\": \"457 KH-MTTQ\",\n"),
                ReadErrorCode.INVALID_VALUE, 4, 13, "/number");
    }

    @Test
    void read_rejectsQuarterFive() {
        assertFailure(base("              4\n", "              5\n"), ReadErrorCode.INVALID_VALUE, 25, 23,
                "/sections/0/tasks/0/schedule");
    }

    @Test
    void read_rejectsYearTooLargeForAnInt() {
        assertFailure(base("\"year\": 2024", "\"year\": 99999999999"), ReadErrorCode.INVALID_VALUE, 27, 21,
                "/sections/0/tasks/0/schedule/year");
    }

    @Test
    void read_rejectsAmountWithFraction() {
        assertFailure(base("\"amount\": 15000000", "\"amount\": 1.5"), ReadErrorCode.INVALID_VALUE, 50, 19,
                "/funding/budgetLines/0/amount");
    }

    @Test
    void read_rejectsAmountWithExponent() {
        assertFailure(base("\"amount\": 15000000", "\"amount\": 15e6"), ReadErrorCode.INVALID_VALUE, 50, 19,
                "/funding/budgetLines/0/amount");
    }

    @Test
    void read_rejectsAmountBeyondLong() {
        assertFailure(base("\"amount\": 15000000", "\"amount\": 99999999999999999999"),
                ReadErrorCode.INVALID_VALUE, 50, 19, "/funding/budgetLines/0/amount");
    }

    @Test
    void read_rejectsPeriodThatEndsBeforeItStarts() {
        assertFailure(base("\"start\": \"2024-01-01\"", "\"start\": \"2025-01-01\""), ReadErrorCode.INVALID_VALUE,
                6, 13, "/period");
    }

    @Test
    void read_rejectsMalformedSchemaVersion() {
        assertFailure(base("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"v1\""), ReadErrorCode.INVALID_VALUE,
                2, 20, "/schemaVersion");
    }

    @Test
    void read_wrapsTheModelsRefusalAsCause() {
        PlanReadException e = failure(JSON, bytes(base("              4\n", "              5\n")));

        assertThat(e.getMessage()).endsWith(": The quarter 5 is not from 1 to 4");
        assertThat(e).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    // --- UNSUPPORTED_VERSION ----------------------------------------------------------------------

    @Test
    void read_rejectsAnotherMajorVersion() {
        PlanReadException e = failure(JSON, bytes(base("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\"")));

        assertThat(e.errorCode()).isEqualTo(ReadErrorCode.UNSUPPORTED_VERSION);
        assertThat(e.getMessage()).isEqualTo("line 2, column 20 at /schemaVersion: the schemaVersion \"2.0\" is not "
                + "supported; this reader reads versions 1.x and 0.9 (migrated)");
    }

    // --- LIMIT_EXCEEDED ---------------------------------------------------------------------------

    @Test
    void read_rejectsNestingDeeperThanTheLimit() {
        String deep = "  \"deep\": " + "[".repeat(70) + "]".repeat(70) + ",\n";
        String pointer = "/deep" + "/0".repeat(63);

        assertFailure(base("  \"type\": \"KH\",\n", "  \"type\": \"KH\",\n" + deep),
                ReadErrorCode.LIMIT_EXCEEDED, 4, 74, pointer);
    }

    @Test
    void read_rejectsStringLongerThanTheLimit() {
        String title = "\"title\": \"triển khai thực hiện Cuộc vận động năm 2024\"";

        assertFailure(base(title, "\"title\": \"" + "a".repeat(1_000_001) + "\""), ReadErrorCode.LIMIT_EXCEEDED, 5,
                12, "/title");
    }

    @Test
    void read_rejectsNumberLongerThanTheLimit() {
        assertFailure(base("\"year\": 2024", "\"year\": 2" + "0".repeat(100)), ReadErrorCode.LIMIT_EXCEEDED, 27,
                13, "/sections/0/tasks/0/schedule/year");
    }

    @Test
    void read_rejectsDocumentLongerThanTheLimit() {
        PlanJson small = PlanJson.builder().limits(ReadLimits.defaults().withMaxDocumentLength(100)).build();

        assertFailure(small, bytes(BASE), ReadErrorCode.LIMIT_EXCEEDED, 5, 12, "");
    }

    @Test
    void read_appliesConfiguredLimits() {
        PlanJson small = PlanJson.builder().limits(ReadLimits.defaults().withMaxStringLength(10)).build();

        assertFailure(small, bytes(BASE), ReadErrorCode.LIMIT_EXCEEDED, 4, 15, "/issuerId");
    }

    static String describe(PlanReadException e) {
        assertThat(e).as("a PlanReadException").isNotNull();
        return e.code() + " " + e.line() + " " + e.column() + " " + e.pointer();
    }

    @Test
    void read_rejectsSigningAuthorityWrittenAsItsConstantName() throws IOException {
        String input = base("  \"actors\": [", "  \"signature\": {\"authority\": \"ON_BEHALF_OF\", \"onBehalfOf\": \"BTT\","
                + " \"position\": \"PHÓ CHỦ TỊCH\", \"signerName\": \"A\"},\n  \"actors\": [");

        assertFailure(input, ReadErrorCode.UNKNOWN_CODE, 54, 30, "/signature/authority");
        assertThat(failure(JSON, bytes(input)).detail()).isEqualTo("\"ON_BEHALF_OF\" is not a code of SigningAuthority");
        assertThat(JSON.read(input.replace("ON_BEHALF_OF", "TM")).signature().flatMap(Signature::authority))
                .contains(SigningAuthority.ON_BEHALF_OF);
    }
}
