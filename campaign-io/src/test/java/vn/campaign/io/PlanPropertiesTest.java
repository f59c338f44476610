package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * Properties of the format over random plans and random damage: nothing is lost, the writer is
 * stable, and broken input gives only findings or {@link PlanReadException}.
 *
 * <p>Each case is a seed of {@link RandomPlans} or of the damage below, drawn from a fixed master
 * seed, so that every run checks the same cases and a failing seed is in the test's name. (These were
 * jqwik properties; jqwik 1.10 prints a notice asking automated agents not to use it, which we respect,
 * so plain parameterised JUnit tests carry the same properties.)
 */
class PlanPropertiesTest {

    private static final PlanJson JSON = PlanJson.create();
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final byte[] KON_RAY = JSON.writeBytes(SamplePlans.konRay());

    private static LongStream seeds(long master, int count) {
        return new Random(master).longs(count);
    }

    static LongStream plans300() {
        return seeds(20241118L, 300);
    }

    static LongStream plans100() {
        return seeds(19301118L, 100);
    }

    static LongStream damage1000() {
        return seeds(457L, 1000);
    }

    static LongStream cuts200() {
        return seeds(121L, 200).map(seed -> Math.floorMod(seed, 10_001));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("plans300")
    void readOfWrite_isThePlan(long seed) throws IOException {
        Plan plan = RandomPlans.plan(new Random(seed));
        String text = JSON.write(plan);

        assertThat(JSON.read(text)).isEqualTo(plan);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("plans300")
    void write_isByteStable(long seed) throws IOException {
        Plan plan = RandomPlans.plan(new Random(seed));
        byte[] once = JSON.writeBytes(plan);

        assertThat(JSON.writeBytes(JSON.read(once))).isEqualTo(once);
        assertThat(JSON.writeBytes(plan)).isEqualTo(once);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("plans100")
    void strictReader_readsWhatHasNoExtensions(long seed) throws IOException {
        Plan plan = RandomPlans.plan(new Random(seed));
        String text = JSON.write(plan);
        boolean hasExtensions = text.contains("\"x-");
        try {
            assertThat(PlanJson.builder().strict(true).build().read(text)).isEqualTo(plan);
            assertThat(hasExtensions).as("strict read a document with extensions").isFalse();
        } catch (PlanReadException e) {
            assertThat(e.errorCode()).isEqualTo(ReadErrorCode.UNKNOWN_MEMBER);
            assertThat(hasExtensions).isTrue();
        }
    }

    /**
     * Damage that still reads gives a plan like any other: it is validated into findings of the
     * catalogue only, and it is written back without loss.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("damage1000")
    void damagedDocuments_giveFindingsOrPlanReadException(long seed) throws IOException {
        byte[] document = damaged(new Random(seed));
        Plan plan;
        try {
            plan = JSON.read(document);
        } catch (PlanReadException e) {
            assertThat(e.errorCode()).isIn(ReadErrorCode.MALFORMED_JSON, ReadErrorCode.WRONG_TYPE,
                    ReadErrorCode.MISSING_MEMBER, ReadErrorCode.UNKNOWN_MEMBER,
                    ReadErrorCode.DUPLICATE_MEMBER, ReadErrorCode.UNKNOWN_CODE, ReadErrorCode.INVALID_DATE,
                    ReadErrorCode.INVALID_VALUE, ReadErrorCode.UNSUPPORTED_VERSION,
                    ReadErrorCode.LIMIT_EXCEEDED, ReadErrorCode.EQUIVALENT_MEMBER);
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).doesNotContain("\n");
            return;
        }
        ValidationReport report = VALIDATOR.validate(plan);
        assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.findingCode())
                .as("a code of the catalogue: %s", finding).isPresent());
        assertThat(JSON.read(JSON.write(plan))).isEqualTo(plan);
    }

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-", "1e999",
        "99999999999999999999", "\"x\":", "\\u0000", "\\ud800", "\u0301", "\"schemaVersion\":\"2.0\",", "0.9"};

    /** The Kon Rẫy document with one to five random changes: bytes flipped, cut, repeated or inserted. */
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

    @ParameterizedTest(name = "cut {0}")
    @MethodSource("cuts200")
    void truncatedDocuments_areMalformed(long cut) {
        int at = (int) (cut % KON_RAY.length);
        byte[] truncated = java.util.Arrays.copyOf(KON_RAY, at);

        try {
            JSON.read(truncated);
            assertThat(at).as("only the whole document, less its final line feed, reads").isEqualTo(KON_RAY.length - 1);
        } catch (PlanReadException e) {
            assertThat(e.errorCode()).isEqualTo(ReadErrorCode.MALFORMED_JSON);
        }
    }
}
