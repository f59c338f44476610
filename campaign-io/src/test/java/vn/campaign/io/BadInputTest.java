package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.campaign.io.PlanReadExceptionTest.BASE;
import static vn.campaign.io.PlanReadExceptionTest.assertFailure;
import static vn.campaign.io.PlanReadExceptionTest.base;
import static vn.campaign.io.PlanReadExceptionTest.describe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Plan;
import vn.campaign.finding.Finding;
import vn.campaign.validation.PlanValidator;

/**
 * The catalogue of hostile and broken input beyond {@link PlanReadExceptionTest}: encodings,
 * Vietnamese normalisation, the validator's findings on documents as read, old versions, and
 * inputs built to exhaust memory or time (generated here, never stored). Each case asserts the
 * exact code, line, column and pointer; the large ones also that they end quickly (a guard against
 * hangs, not a speed goal).
 */
class BadInputTest {

    private static final PlanJson JSON = PlanJson.create();
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static PlanReadException failure(PlanJson json, InputStream in) {
        try {
            json.read(in);
        } catch (PlanReadException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("not a PlanReadException", e);
        }
        throw new AssertionError("read without failure");
    }

    /** The findings of the validator on a document as "CODE pointer", in report order. */
    private static List<String> findings(String document) throws IOException {
        return VALIDATOR.validate(JSON.read(document)).findings().stream()
                .map(finding -> finding.code() + " " + finding.pointer()).collect(Collectors.toList());
    }

    /** A stream of {@code head}, then {@code count} copies of {@code unit}, then {@code tail}; never in memory. */
    static InputStream generated(String head, String unit, long count, String tail) {
        byte[] unitBytes = bytes(unit);
        long total = count * unitBytes.length;
        InputStream body = new InputStream() {
            private long position;

            @Override
            public int read() {
                return position == total ? -1 : unitBytes[(int) (position++ % unitBytes.length)] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position == total) {
                    return -1;
                }
                int n = (int) Math.min(length, total - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = unitBytes[(int) (position++ % unitBytes.length)];
                }
                return n;
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(bytes(head)),
                new SequenceInputStream(body, new ByteArrayInputStream(bytes(tail))));
    }

    // --- Encodings -------------------------------------------------------------------------------

    @Test
    void read_ignoresALeadingUtf8Bom() throws IOException {
        byte[] withBom = new byte[3 + bytes(BASE).length];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes(BASE), 0, withBom, 3, bytes(BASE).length);

        assertThat(JSON.read(withBom)).isEqualTo(JSON.read(BASE));
        assertThat(JSON.write(JSON.read(withBom))).isEqualTo(BASE);
    }

    @Test
    void read_rejectsUtf16LittleEndianWithBom() {
        byte[] utf16 = BASE.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);

        assertFailure(JSON, withBom, ReadErrorCode.MALFORMED_JSON, 1, 1, "");
    }

    @Test
    void read_rejectsUtf16BigEndianWithoutBom() {
        assertFailure(JSON, BASE.getBytes(StandardCharsets.UTF_16BE), ReadErrorCode.MALFORMED_JSON, 1, 1, "");
    }

    @Test
    void read_rejectsALoneContinuationByte() {
        byte[] input = bytes(base("\"Ban Thường trực\"", "\"Ban X trực\""));
        int at = new String(input, StandardCharsets.ISO_8859_1).indexOf("X tr");
        input[at] = (byte) 0x80;

        assertFailure(JSON, input, ReadErrorCode.MALFORMED_JSON, 59, 20, "/actors/0/name");
    }

    @Test
    void read_rejectsAnOverlongEncoding() {
        byte[] input = bytes(base("\"title\": \"triển", "\"title\": \"XXtriển"));
        int at = new String(input, StandardCharsets.ISO_8859_1).indexOf("XXtri");
        input[at] = (byte) 0xC0;
        input[at + 1] = (byte) 0xAF;

        // Jackson would read C0 AF as '/'; the check after parsing finds it, without a pointer.
        assertFailure(JSON, input, ReadErrorCode.MALFORMED_JSON, 5, 13, "");
    }

    @Test
    void read_rejectsAnEncodedSurrogate() {
        byte[] input = bytes(base("\"title\": \"triển", "\"title\": \"XXXtriển"));
        int at = new String(input, StandardCharsets.ISO_8859_1).indexOf("XXXtri");
        input[at] = (byte) 0xED;
        input[at + 1] = (byte) 0xA0;
        input[at + 2] = (byte) 0x80;

        assertFailure(JSON, input, ReadErrorCode.MALFORMED_JSON, 5, 13, "/title");
    }

    // --- Vietnamese text -------------------------------------------------------------------------

    @Test
    void read_normalisesNfdToNfc() throws IOException {
        String nfd = Normalizer.normalize(BASE, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(BASE);

        Plan plan = JSON.read(nfd);

        assertThat(plan).isEqualTo(JSON.read(BASE));
        assertThat(JSON.write(plan)).isEqualTo(BASE);
    }

    @Test
    void validate_treatsBothTonePlacementsAsOneRecipient() throws IOException {
        String recipients = "  \"recipients\": [\n"
                + "    {\n      \"name\": \"Uỷ ban nhân dân huyện\",\n      \"purpose\": \"INFORMATION\"\n    },\n"
                + "    {\n      \"name\": \"" + Normalizer.normalize("Ủy ban nhân dân huyện", Normalizer.Form.NFD)
                + "\",\n      \"purpose\": \"INFORMATION\"\n    }\n  ],\n";

        assertThat(findings(base("  \"actors\": [", recipients + "  \"actors\": [")))
                .contains("DUPLICATE_RECIPIENT /recipients/1/name");
    }

    // --- What the reader reads and the validator reports -----------------------------------------

    @Test
    void validate_reportsANegativeAmountThatTheReaderRead() throws IOException {
        assertThat(findings(base("\"amount\": 15000000", "\"amount\": -15000000")))
                .contains("NEGATIVE_AMOUNT /funding/budgetLines/0/amount");
    }

    @Test
    void read_rejectsAnAmountBeyondALong() {
        assertFailure(base("\"amount\": 15000000", "\"amount\": -9223372036854775809"),
                ReadErrorCode.INVALID_VALUE, 50, 19, "/funding/budgetLines/0/amount");
    }

    @Test
    void read_acceptsTheSmallestLong() throws IOException {
        Plan plan = JSON.read(base("\"amount\": 15000000", "\"amount\": -9223372036854775808"));

        assertThat(plan.funding().budgetLines().get(0).amount().amount()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void validate_reportsDuplicateIds() throws IOException {
        String second = "    {\n      \"id\": \"district-standing-committee\",\n      \"kind\": \"PRESIDIUM\",\n"
                + "      \"name\": \"Đoàn Chủ tịch\"\n    },\n";

        assertThat(findings(base("  \"actors\": [\n", "  \"actors\": [\n" + second)))
                .contains("DUPLICATE_ID /actors/1/id");
    }

    @Test
    void validate_reportsDanglingReferences() throws IOException {
        assertThat(findings(base("\"issuerId\": \"district-standing-committee\"", "\"issuerId\": \"nobody\"")))
                .contains("UNKNOWN_ACTOR /issuerId");
        assertThat(findings(base("\"sourceId\": \"state-budget\"", "\"sourceId\": \"nowhere\"")))
                .contains("UNKNOWN_FUNDING_SOURCE /funding/budgetLines/0/sourceId");
    }

    @Test
    void validate_reportsACycleOfActors() throws IOException {
        String cycle = "    {\n      \"id\": \"a\",\n      \"kind\": \"OTHER\",\n      \"name\": \"A\",\n"
                + "      \"parentId\": \"b\"\n    },\n"
                + "    {\n      \"id\": \"b\",\n      \"kind\": \"OTHER\",\n      \"name\": \"B\",\n"
                + "      \"parentId\": \"a\"\n    },\n";

        assertThat(findings(base("  \"actors\": [\n", "  \"actors\": [\n" + cycle)))
                .contains("ACTOR_CYCLE /actors/0/parentId");
    }

    // --- Versions --------------------------------------------------------------------------------

    /** BASE in the draft shape 0.9: "issuer" for issuerId, a section's "title" for its heading. */
    static String draft09() {
        String draft = base("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"0.9\"");
        draft = draft.replace("\"issuerId\": \"district-standing-committee\"", "\"issuer\": \"district-standing-committee\"");
        return draft.replace("\"heading\": \"NỘI DUNG\"", "\"title\": \"NỘI DUNG\"");
    }

    @Test
    void read_migratesTheDraftVersion09() throws IOException {
        Plan plan = JSON.read(draft09());

        assertThat(plan).isEqualTo(JSON.read(BASE));
        assertThat(JSON.write(plan)).isEqualTo(BASE);
    }

    @Test
    void read_pointsAtMigratedMembersByTheirNewName() {
        String both = draft09().replace("\"issuer\": \"district-standing-committee\",",
                "\"issuer\": \"district-standing-committee\",\n  \"issuerId\": \"x\",");

        assertFailure(both, ReadErrorCode.DUPLICATE_MEMBER, 5, 3, "/issuerId");
    }

    @Test
    void read_keepsOldNamesAsExtensionsInVersion1() throws IOException {
        Plan plan = JSON.read(base("\"type\": \"KH\",", "\"type\": \"KH\",\n  \"issuer\": \"x\","));

        assertThat(plan.extensions().asMap()).containsEntry("issuer", "\"x\"");
    }

    @Test
    void read_rejectsOtherOldAndFutureVersions() {
        for (String version : new String[] {"0.8", "0.10", "2.0", "99.1"}) {
            PlanReadException e = PlanReadExceptionTest.failure(JSON,
                    bytes(base("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"" + version + "\"")));

            assertThat(describe(e)).isEqualTo("UNSUPPORTED_VERSION 2 20 /schemaVersion");
            assertThat(e.detail()).isEqualTo("the schemaVersion \"" + version
                    + "\" is not supported; this reader reads versions 1.x and 0.9 (migrated)");
        }
    }

    // --- Limits: generated, never stored ---------------------------------------------------------

    @Test
    void read_rejectsA100MegabyteStringWithoutReadingItAll() {
        InputStream huge = generated("{\"schemaVersion\": \"1.0\", \"title\": \"", "a", 100L * 1024 * 1024, "\"}");

        PlanReadException e = assertTimeoutPreemptively(QUICKLY, () -> failure(JSON, huge));

        assertThat(describe(e)).isEqualTo("LIMIT_EXCEEDED 1 10485761 ");
    }

    @Test
    void read_rejectsAStringBeyondTheStringLimitAtItsStart() {
        String title = "\"title\": \"triển khai thực hiện Cuộc vận động năm 2024\"";

        assertTimeoutPreemptively(QUICKLY, () -> assertFailure(base(title, "\"title\": \"" + "ệ".repeat(3_000_000) + "\""),
                ReadErrorCode.LIMIT_EXCEEDED, 5, 12, "/title"));
    }

    @Test
    void read_rejects100000DeepNesting() {
        String deep = "  \"deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + ",\n";

        assertTimeoutPreemptively(QUICKLY, () -> assertFailure(
                base("  \"type\": \"KH\",\n", "  \"type\": \"KH\",\n" + deep), ReadErrorCode.LIMIT_EXCEEDED, 4,
                74, "/deep" + "/0".repeat(63)));
    }

    @Test
    void read_rejects100000DeepObjectsInASection() {
        String deep = "\"x\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000) + ", ";

        // The plan is depth 1, sections 2, the section 3, "x" 4: the value of the 61st "a" is at depth 65.
        // Jackson reads a name with the start of its value, so the position is that of the name.
        assertTimeoutPreemptively(QUICKLY, () -> assertFailure(base("\"id\": \"II\",", deep + "\"id\": \"II\","),
                ReadErrorCode.LIMIT_EXCEEDED, 15, 12 + 6 * 60 + 1, "/sections/0/x" + "/a".repeat(61)));
    }

    @Test
    void read_rejectsAMillionElementArray() {
        String paragraphs = "\"paragraphs\": [" + "\"a\",".repeat(999_999) + "\"a\"], ";

        // Element 10,000 (the first beyond the limit) starts 4 characters per element after the bracket.
        assertTimeoutPreemptively(QUICKLY, () -> assertFailure(
                base("\"heading\": \"NỘI DUNG\",", paragraphs + "\"heading\": \"NỘI DUNG\","),
                ReadErrorCode.LIMIT_EXCEEDED, 17, 7 + 15 + 10_000 * 4, "/sections/0/paragraphs/10000"));
    }

    @Test
    void read_rejectsAMillionElementArrayInAnExtension() {
        String big = "  \"x-big\": [" + "0,".repeat(999_999) + "0],\n";

        assertTimeoutPreemptively(QUICKLY, () -> assertFailure(base("  \"type\": \"KH\",\n", "  \"type\": \"KH\",\n" + big),
                ReadErrorCode.LIMIT_EXCEEDED, 4, 13 + 10_000 * 2, "/x-big/10000"));
    }

    @Test
    void read_rejectsAnObjectWithTooManyMembers() {
        PlanJson tiny = PlanJson.builder().limits(ReadLimits.defaults().withMaxCollectionSize(3)).build();

        PlanReadException e = PlanReadExceptionTest.failure(tiny, bytes(BASE));

        assertThat(describe(e)).isEqualTo("LIMIT_EXCEEDED 5 3 /title");
        assertThat(e.detail()).isEqualTo("more than 3 members in one object (ReadLimits.maxCollectionSize())");
    }

    @Test
    void read_acceptsCollectionsUpToTheLimit() throws IOException {
        PlanJson limited = PlanJson.builder().limits(ReadLimits.defaults().withMaxCollectionSize(18)).build();

        assertThat(limited.read(BASE)).isEqualTo(JSON.read(BASE));
    }

    @Test
    void findings_ofABaseDocumentAreOnlyWarningsAndNotes() throws IOException {
        List<Finding> findings = VALIDATOR.validate(JSON.read(BASE)).findings();

        assertThat(findings).noneMatch(finding -> finding.severity().name().equals("ERROR"));
    }
}
