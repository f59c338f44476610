package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Severity;

/** The public contract of {@link ComplianceProfile}: the properties it reads and the answers it gives. */
class ComplianceProfileTest {

    private static ComplianceProfile read(String text) throws IOException {
        return ComplianceProfile.read(new StringReader(text));
    }

    private static void assertRejected(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    // DEFAULT

    @Test
    void default_keepsEveryRuleOnAndEverySeverity() {
        ComplianceProfile profile = ComplianceProfile.DEFAULT;

        assertThat(profile.name()).isEqualTo("default");
        for (String id : BuiltInRules.IDS) {
            assertThat(profile.isEnabled(id)).as(id).isTrue();
        }
        for (Severity severity : Severity.values()) {
            assertThat(profile.severity("PARENT_NOT_FOUND", severity)).contains(severity);
        }
    }

    // read: name

    @Test
    void read_takesTheName() throws IOException {
        assertThat(read("name=province-strict").name()).isEqualTo("province-strict");
        assertThat(read("name=tỉnh Kon Tum").name()).isEqualTo("tỉnh Kon Tum");
    }

    @Test
    void read_withoutName_isCalledCustom() throws IOException {
        assertThat(read("rule.reviews=off").name()).isEqualTo("custom");
        assertThat(read("").name()).isEqualTo("custom");
    }

    // read: rule.ID

    @Test
    void read_ruleOff_turnsThatRuleOffAlone() throws IOException {
        ComplianceProfile profile = read("rule.reviews=off");

        assertThat(profile.isEnabled(BuiltInRules.REVIEWS)).isFalse();
        assertThat(profile.isEnabled(BuiltInRules.TIMING)).isTrue();
        assertThat(profile.isEnabled("x-own")).isTrue();
    }

    @Test
    void read_ruleOnOrOffInAnyCase_isAccepted() throws IOException {
        ComplianceProfile profile = read("""
                rule.reviews=OFF
                rule.timing=Off
                rule.festival=on
                rule.funding=ON
                """);

        assertThat(profile.isEnabled(BuiltInRules.REVIEWS)).isFalse();
        assertThat(profile.isEnabled(BuiltInRules.TIMING)).isFalse();
        assertThat(profile.isEnabled(BuiltInRules.FESTIVAL)).isTrue();
        assertThat(profile.isEnabled(BuiltInRules.FUNDING)).isTrue();
    }

    @Test
    void read_ruleWithAnotherValue_isRejected() {
        assertRejected("rule.reviews=no", "Profile key rule.reviews: expected on or off, found no");
        assertRejected("rule.reviews=", "Profile key rule.reviews: expected on or off, found ");
    }

    // read: severity.CODE

    @Test
    void read_severity_setsEachSeverityInAnyCase() throws IOException {
        ComplianceProfile profile = read("""
                severity.FESTIVAL_AFTER_NATIONAL_DAY=ERROR
                severity.PARENT_NOT_FOUND=warning
                severity.REPORT_NOT_TO_PARENT_ISSUER=Info
                """);

        assertThat(profile.severity("FESTIVAL_AFTER_NATIONAL_DAY", Severity.WARNING)).contains(Severity.ERROR);
        assertThat(profile.severity("PARENT_NOT_FOUND", Severity.ERROR)).contains(Severity.WARNING);
        assertThat(profile.severity("REPORT_NOT_TO_PARENT_ISSUER", Severity.WARNING)).contains(Severity.INFO);
        assertThat(profile.severity("PARENT_TASK_NOT_COVERED", Severity.ERROR)).contains(Severity.ERROR);
    }

    @Test
    void read_severityOff_dropsTheCode() throws IOException {
        ComplianceProfile profile = read("severity.PARENT_TASK_MATCH_WEAK=off");

        assertThat(profile.severity("PARENT_TASK_MATCH_WEAK", Severity.WARNING)).isEmpty();
        assertThat(profile.severity("PARENT_TASK_NOT_COVERED", Severity.ERROR)).contains(Severity.ERROR);
    }

    @Test
    void read_severityWithAnotherValue_isRejected() {
        assertThatThrownBy(() -> read("severity.PARENT_NOT_FOUND=FATAL")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Profile key severity.PARENT_NOT_FOUND: expected ERROR, WARNING, INFO or off, found FATAL")
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertRejected("severity.PARENT_NOT_FOUND=",
                "Profile key severity.PARENT_NOT_FOUND: expected ERROR, WARNING, INFO or off, found ");
    }

    // read: other keys, syntax

    @Test
    void read_unknownKey_isRejected() {
        assertRejected("rules.timing=off", "Unknown profile key rules.timing (expected name, rule.ID or severity.CODE)");
        assertRejected("Name=x", "Unknown profile key Name (expected name, rule.ID or severity.CODE)");
        assertRejected("severities.X=ERROR",
                "Unknown profile key severities.X (expected name, rule.ID or severity.CODE)");
    }

    @Test
    void read_ruleOrSeverityKeyWithoutIdOrCode_isRejected() {
        assertRejected("rule.=off", "Unknown profile key rule. (expected name, rule.ID or severity.CODE)");
        assertRejected("severity.=ERROR", "Unknown profile key severity. (expected name, rule.ID or severity.CODE)");
        assertRejected("severity.\\ =ERROR",
                "Unknown profile key severity.  (expected name, rule.ID or severity.CODE)");
    }

    @Test
    void read_skipsCommentsAndBlankLinesAndTrimsValues() throws IOException {
        ComplianceProfile profile = read("""
                # a profile for the province
                ! also a comment: rule.timing=off

                   name = strict\t
                rule.reviews : off
                severity.PARENT_NOT_FOUND   ERROR
                """);

        assertThat(profile.name()).isEqualTo("strict");
        assertThat(profile.isEnabled(BuiltInRules.REVIEWS)).isFalse();
        assertThat(profile.isEnabled(BuiltInRules.TIMING)).isTrue();
        assertThat(profile.severity("PARENT_NOT_FOUND", Severity.WARNING)).contains(Severity.ERROR);
    }

    @Test
    void read_leavesTheReaderOpen() throws IOException {
        boolean[] closed = {false};
        Reader reader = new StringReader("name=x") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };

        ComplianceProfile.read(reader);

        assertThat(closed[0]).isFalse();
    }

    @Test
    void read_passesOnTheReadersFailure() {
        IOException failure = new IOException("disk gone");
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw failure;
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> ComplianceProfile.read(broken)).isSameAs(failure);
    }

    @Test
    void read_rejectsANullReader() {
        assertThatThrownBy(() -> ComplianceProfile.read(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reader");
    }

    // withSeverity

    @Test
    void withSeverity_changesOneCodeInACopy() throws IOException {
        ComplianceProfile original = read("""
                name=strict
                rule.reviews=off
                severity.PARENT_TASK_MATCH_WEAK=off
                """);

        ComplianceProfile changed = original.withSeverity("PARENT_NOT_FOUND", Severity.ERROR);

        assertThat(changed.severity("PARENT_NOT_FOUND", Severity.WARNING)).contains(Severity.ERROR);
        assertThat(changed.severity("PARENT_TASK_MATCH_WEAK", Severity.WARNING)).isEmpty();
        assertThat(changed.isEnabled(BuiltInRules.REVIEWS)).isFalse();
        assertThat(changed.name()).isEqualTo("strict");
        assertThat(original.severity("PARENT_NOT_FOUND", Severity.WARNING)).contains(Severity.WARNING);
    }

    @Test
    void withSeverity_overridesACodeTheProfileDropped() throws IOException {
        ComplianceProfile profile = read("severity.PARENT_TASK_MATCH_WEAK=off")
                .withSeverity("PARENT_TASK_MATCH_WEAK", Severity.INFO);

        assertThat(profile.severity("PARENT_TASK_MATCH_WEAK", Severity.WARNING)).contains(Severity.INFO);
    }

    @Test
    void withSeverity_leavesTheDefaultProfileUnchanged() {
        ComplianceProfile.DEFAULT.withSeverity("PARENT_NOT_FOUND", Severity.ERROR);

        assertThat(ComplianceProfile.DEFAULT.severity("PARENT_NOT_FOUND", Severity.WARNING))
                .contains(Severity.WARNING);
    }

    @Test
    void withSeverity_rejectsABlankCodeAndNulls() {
        ComplianceProfile profile = ComplianceProfile.DEFAULT;

        assertThatThrownBy(() -> profile.withSeverity(" ", Severity.ERROR))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A finding code must not be blank");
        assertThatThrownBy(() -> profile.withSeverity(null, Severity.ERROR))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> profile.withSeverity("PARENT_NOT_FOUND", null))
                .isInstanceOf(NullPointerException.class).hasMessage("severity");
    }

    // severity, isEnabled

    @Test
    void severity_ofACodeTheProfileDoesNotName_isTheRulesOwn() throws IOException {
        ComplianceProfile profile = read("severity.PARENT_NOT_FOUND=ERROR");

        assertThat(profile.severity("PARENT_NOT_CITED", Severity.WARNING)).isEqualTo(Optional.of(Severity.WARNING));
        assertThat(profile.severity("X_OWN", Severity.INFO)).isEqualTo(Optional.of(Severity.INFO));
    }

    @Test
    void severity_rejectsNullsNamingThem() {
        assertThatThrownBy(() -> ComplianceProfile.DEFAULT.severity(null, Severity.ERROR))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> ComplianceProfile.DEFAULT.severity("PARENT_NOT_FOUND", null))
                .isInstanceOf(NullPointerException.class).hasMessage("severity");
    }

    @Test
    void isEnabled_rejectsANullId() {
        assertThatThrownBy(() -> ComplianceProfile.DEFAULT.isEnabled(null))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleId");
    }

    // toString

    @Test
    void toString_namesTheProfileTheRulesOffAndTheSeverities() throws IOException {
        ComplianceProfile profile = read("""
                name=strict
                rule.timing=off
                rule.reviews=off
                severity.PARENT_TASK_MATCH_WEAK=off
                severity.PARENT_NOT_FOUND=ERROR
                """);

        assertThat(ComplianceProfile.DEFAULT).hasToString("ComplianceProfile[default, off=[], severities={}]");
        assertThat(profile).hasToString("ComplianceProfile[strict, off=[reviews, timing], "
                + "severities={PARENT_NOT_FOUND=Optional[ERROR], PARENT_TASK_MATCH_WEAK=Optional.empty}]");
    }
}
