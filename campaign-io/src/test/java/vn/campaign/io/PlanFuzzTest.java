package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * Fuzzes the reader and the validator with arbitrary bytes (Jazzer). Whatever the bytes, reading
 * ends with a plan or a {@link PlanReadException} with a documented code and a position, and a plan
 * read validates to a report and writes and reads back to itself. Any other exception, an
 * {@code OutOfMemoryError} or a hang is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (every {@code mvn verify}) the test replays the inputs in
 * {@code src/test/resources/vn/campaign/io/PlanFuzzTestInputs/readAndValidate/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes and adds crashing inputs there. See {@code docs/security.md}.
 */
class PlanFuzzTest {

    private static final PlanJson JSON = PlanJson.builder()
            .limits(ReadLimits.defaults().withMaxDocumentLength(1024 * 1024)).build();
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final Set<ReadErrorCode> CODES = Set.of(ReadErrorCode.MALFORMED_JSON, ReadErrorCode.WRONG_TYPE,
            ReadErrorCode.MISSING_MEMBER, ReadErrorCode.UNKNOWN_MEMBER, ReadErrorCode.DUPLICATE_MEMBER,
            ReadErrorCode.UNKNOWN_CODE, ReadErrorCode.INVALID_DATE, ReadErrorCode.INVALID_VALUE,
            ReadErrorCode.UNSUPPORTED_VERSION, ReadErrorCode.LIMIT_EXCEEDED,
            ReadErrorCode.EQUIVALENT_MEMBER);

    @FuzzTest(maxDuration = "3m")
    void readAndValidate(byte[] input) throws PlanReadException {
        Plan plan;
        try {
            plan = JSON.read(input);
        } catch (PlanReadException e) {
            assertThat(CODES).contains(e.errorCode());
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
            return;
        }
        ValidationReport report = VALIDATOR.validate(plan);
        assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.message()).isNotEmpty());
        assertThat(JSON.read(JSON.writeBytes(plan))).isEqualTo(plan);
    }
}
