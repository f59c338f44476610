package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * Properties of the format over random plans and random damage: nothing is lost, the writer is
 * stable, and broken input gives only findings or {@link PlanReadException}.
 */
class PlanPropertiesTest {

    private static final PlanJson JSON = PlanJson.create();
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final byte[] KON_RAY = JSON.writeBytes(SamplePlans.konRay());

    @Provide
    Arbitrary<Plan> plans() {
        return Arbitraries.longs().map(seed -> RandomPlans.plan(new Random(seed)));
    }

    @Property(tries = 300)
    void readOfWrite_isThePlan(@ForAll("plans") Plan plan) throws IOException {
        String text = JSON.write(plan);

        assertThat(JSON.read(text)).isEqualTo(plan);
    }

    @Property(tries = 300)
    void write_isByteStable(@ForAll("plans") Plan plan) throws IOException {
        byte[] once = JSON.writeBytes(plan);

        assertThat(JSON.writeBytes(JSON.read(once))).isEqualTo(once);
        assertThat(JSON.writeBytes(plan)).isEqualTo(once);
    }

    @Property(tries = 100)
    void strictReader_readsWhatHasNoExtensions(@ForAll("plans") Plan plan) throws IOException {
        String text = JSON.write(plan);
        boolean hasExtensions = text.contains("\"x-");
        try {
            assertThat(PlanJson.builder().strict(true).build().read(text)).isEqualTo(plan);
            assertThat(hasExtensions).as("strict read a document with extensions").isFalse();
        } catch (PlanReadException e) {
            assertThat(e.code()).isEqualTo(PlanReadException.UNKNOWN_MEMBER);
            assertThat(hasExtensions).isTrue();
        }
    }

    @Property(tries = 1000)
    void damagedDocuments_giveFindingsOrPlanReadException(@ForAll("damage") byte[] document) {
        try {
            ValidationReport report = VALIDATOR.validate(JSON.read(document));
            assertThat(report).isNotNull();
        } catch (PlanReadException e) {
            assertThat(e.code()).isIn(PlanReadException.MALFORMED_JSON, PlanReadException.WRONG_TYPE,
                    PlanReadException.MISSING_MEMBER, PlanReadException.UNKNOWN_MEMBER,
                    PlanReadException.DUPLICATE_MEMBER, PlanReadException.UNKNOWN_CODE, PlanReadException.INVALID_DATE,
                    PlanReadException.INVALID_VALUE, PlanReadException.UNSUPPORTED_VERSION,
                    PlanReadException.LIMIT_EXCEEDED);
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    /** The Kon Rẫy document with one to five random changes: bytes flipped, cut, repeated or inserted. */
    @Provide
    Arbitrary<byte[]> damage() {
        return Arbitraries.longs().map(seed -> damaged(new Random(seed)));
    }

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-", "1e999",
        "99999999999999999999", "\"x\":", "\\u0000", "\\ud800", "\u0301", "\"schemaVersion\":\"2.0\",", "0.9"};

    static byte[] damaged(Random random) {
        byte[] document = KON_RAY.clone();
        int changes = 1 + random.nextInt(5);
        for (int i = 0; i < changes && document.length > 0; i++) {
            int at = random.nextInt(document.length);
            switch (random.nextInt(4)) {
                case 0 -> document[at] = (byte) random.nextInt(256);
                case 1 -> document = splice(document, at, Math.min(document.length, at + 1 + random.nextInt(40)),
                        new byte[0]);
                case 2 -> {
                    int end = Math.min(document.length, at + 1 + random.nextInt(200));
                    document = splice(document, at, at, java.util.Arrays.copyOfRange(document, at, end));
                }
                default -> document = splice(document, at, at,
                        TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        return document;
    }

    private static byte[] splice(byte[] document, int from, int to, byte[] insert) {
        byte[] result = new byte[document.length - (to - from) + insert.length];
        System.arraycopy(document, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(document, to, result, from + insert.length, document.length - to);
        return result;
    }

    @Property(tries = 200)
    void truncatedDocuments_areMalformed(@ForAll @IntRange(min = 0, max = 10_000) int cut) {
        int at = cut % KON_RAY.length;
        byte[] truncated = java.util.Arrays.copyOf(KON_RAY, at);

        try {
            JSON.read(truncated);
            assertThat(at).as("only the whole document, less its final line feed, reads").isEqualTo(KON_RAY.length - 1);
        } catch (PlanReadException e) {
            assertThat(e.code()).isEqualTo(PlanReadException.MALFORMED_JSON);
        }
    }
}
