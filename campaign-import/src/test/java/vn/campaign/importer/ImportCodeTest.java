package vn.campaign.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaign.finding.Finding;
import vn.campaign.finding.FindingCode;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.Language;

/** Every import code has its messages in both languages, its kind's severity, and its line in docs/import.md. */
class ImportCodeTest {

    @ParameterizedTest
    @EnumSource(ImportCode.class)
    void everyCode_hasAMessageInBothLanguagesFromItsCatalogue(ImportCode code) {
        String vietnamese = code.message(Language.VI, List.of());
        String english = code.message(Language.EN, List.of());

        assertThat(vietnamese).isNotBlank().isNotEqualTo(code.code()).isNotEqualTo(english);
        assertThat(english).isNotBlank().isNotEqualTo(code.code());
        assertThat(FindingCode.of(code.code())).contains(code);
        assertThat(ImportCode.of(code.code())).contains(code);
    }

    @ParameterizedTest
    @EnumSource(ImportCode.class)
    void everyCode_isInTheCatalogueWithItsKind(ImportCode code) throws IOException {
        String catalogue = Files.readString(Path.of("..", "docs", "import.md"), StandardCharsets.UTF_8);

        assertThat(catalogue).containsPattern("(?m)^\\| " + code.kind() + " \\|[^\\n]*`" + code.code() + "`");
    }

    @Test
    void severity_isThatOfTheKind() {
        assertThat(ImportCode.LINE_OUTSIDE_STRUCTURE.severity()).isEqualTo(Severity.WARNING);
        assertThat(ImportCode.TASK_KIND_INFERRED.severity()).isEqualTo(Severity.INFO);
        assertThat(ImportCode.PERIOD_DEFAULTED.severity()).isEqualTo(Severity.INFO);
        assertThat(ImportKind.UNMAPPED.label(Language.EN)).isEqualTo("Unmapped");
    }

    @Test
    void report_sortsByLineThenCodeOrder_andCountsByKind() {
        Finding guess = note(ImportCode.ROLE_INFERRED, 4, "x");
        Finding stray = note(ImportCode.LINE_OUTSIDE_STRUCTURE, 4, "x");
        Finding whole = new Finding(ImportCode.ISSUER_DEFAULTED.code(), Severity.INFO, PlanPointer.root(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty());

        ImportReport report = new ImportReport(List.of(guess, stray, whole));

        assertThat(report.findings()).containsExactly(whole, stray, guess);
        assertThat(report.count(ImportKind.GUESSED)).isEqualTo(1);
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
        assertThat(report.hasUnmapped()).isTrue();
        assertThat(report.format(Language.EN)).isEqualTo("whole document: DEFAULTED ISSUER_DEFAULTED: "
                + ImportCode.ISSUER_DEFAULTED.message(Language.EN, List.of()) + "\n"
                + "line 4: UNMAPPED LINE_OUTSIDE_STRUCTURE: "
                + ImportCode.LINE_OUTSIDE_STRUCTURE.message(Language.EN, List.of()) + " — \"x\"\n"
                + "line 4: GUESSED ROLE_INFERRED: " + ImportCode.ROLE_INFERRED.message(Language.EN, List.of())
                + " — \"x\"\n"
                + "1 unmapped, 1 guessed, 1 defaulted\n");
    }

    private static Finding note(ImportCode code, int line, String source) {
        return Finding.of(code, PlanPointer.root()).atLine(line, source);
    }
}
