package vn.campaign.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaign.internal.validation.Messages;
import vn.campaign.model.Language;

/** Every built-in code has a message and a hint in both languages, scenarios both ways, and its catalogue entry. */
class FindingCodeTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "findings.md");

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void everyCode_hasAMessageAndAHintInBothLanguages(FindingCode code) {
        for (Language language : Language.values()) {
            assertThat(Messages.bundle(language).getString(code.code())).as(code + " " + language).isNotBlank();
            assertThat(Messages.bundle(language).getString(code.code() + ".hint")).as(code + " " + language)
                    .isNotBlank();
        }
        assertThat(Messages.bundle(Language.EN).getString(code.code()))
                .isNotEqualTo(Messages.bundle(Language.VI).getString(code.code()));
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void everyCode_hasAFailingAndAPassingScenario(FindingCode code) {
        assertThat(FindingScenarios.all()).containsKey(code);
        assertThat(FindingScenarios.all().get(code).expected()).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding.code()).isEqualTo(code.code()));
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void everyCode_isInTheCatalogueWithItsSeverity(FindingCode code) throws IOException {
        String catalogue = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
        Matcher entry = Pattern.compile("(?m)^### `" + code.code() + "`$\\R+\\*\\*Severity:\\*\\* ([A-Z]+)")
                .matcher(catalogue);

        assertThat(entry.find()).as("catalogue entry of " + code).isTrue();
        assertThat(entry.group(1)).isEqualTo(code.severity().name());
        String section = catalogue.substring(entry.start(), next(catalogue, entry.end()));
        assertThat(section).contains(Messages.bundle(Language.VI).getString(code.code()),
                Messages.bundle(Language.EN).getString(code.code()), "Failing", "Passing");
    }

    private static int next(String catalogue, int from) {
        int next = catalogue.indexOf("\n### ", from);
        return next < 0 ? catalogue.length() : next;
    }

    @Test
    void catalogue_hasNoCodeThatIsNotBuiltIn() throws IOException {
        Matcher entry = Pattern.compile("(?m)^### `([A-Z_]+)`$")
                .matcher(Files.readString(CATALOGUE, StandardCharsets.UTF_8));
        Set<String> documented = new HashSet<>();
        while (entry.find()) {
            documented.add(entry.group(1));
        }

        assertThat(documented).isEqualTo(codes());
    }

    @Test
    void bundles_haveOnlyKeysOfBuiltInCodes() {
        Set<String> expected = new HashSet<>(codes());
        codes().forEach(code -> expected.add(code + ".hint"));

        for (Language language : Language.values()) {
            assertThat(Messages.bundle(language).keySet()).as(language.name()).isEqualTo(expected);
        }
    }

    private static Set<String> codes() {
        return Arrays.stream(FindingCode.values()).map(FindingCode::code).collect(Collectors.toSet());
    }

    @Test
    void of_findsBuiltInCodesOnly() {
        assertThat(FindingCode.of("UNKNOWN_ACTOR")).contains(FindingCode.UNKNOWN_ACTOR);
        assertThat(FindingCode.of("unknown_actor")).isEmpty();
        assertThat(FindingCode.of("MY_RULE")).isEmpty();
        assertThatThrownBy(() -> FindingCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
    }

    @Test
    void code_isTheConstantName_andLabelsAreInBothLanguages() {
        assertThat(FindingCode.DUPLICATE_SECTION_NUMBER.code()).isEqualTo("DUPLICATE_SECTION_NUMBER");
        assertThat(FindingCode.DUPLICATE_SECTION_NUMBER.label()).isEqualTo("Trùng số mục");
        assertThat(FindingCode.DUPLICATE_SECTION_NUMBER.label(Language.EN))
                .isEqualTo(FindingCode.DUPLICATE_SECTION_NUMBER.summary())
                .isEqualTo("Two sibling sections have the same number");
    }

    @Test
    void severities_areThoseOfTheCatalogue() {
        assertThat(List.of(FindingCode.values())).filteredOn(code -> code.severity() == Severity.INFO)
                .containsExactly(FindingCode.PLAN_PLACE_MISSING, FindingCode.FILE_COPY_MISSING);
        assertThat(FindingCode.NEGATIVE_AMOUNT.severity()).isEqualTo(Severity.ERROR);
        assertThat(FindingCode.SUPERIOR_NOT_INFORMED.severity()).isEqualTo(Severity.WARNING);
    }
}
