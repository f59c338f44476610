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
import vn.campaign.finding.FindingCode;
import vn.campaign.finding.Severity;
import vn.campaign.internal.validation.ValidationCatalogue;
import vn.campaign.model.Language;

/** Every built-in code has a message and a hint in both languages, scenarios both ways, and its catalogue entry. */
class ValidationCodeTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "findings.md");
    private static final ValidationCatalogue BUNDLES = new ValidationCatalogue();

    @ParameterizedTest
    @EnumSource(ValidationCode.class)
    void everyCode_hasAMessageAndAHintInBothLanguages(ValidationCode code) {
        for (Language language : Language.values()) {
            assertThat(BUNDLES.bundle(language).getString(code.code())).as(code + " " + language).isNotBlank();
            assertThat(BUNDLES.bundle(language).getString(code.code() + ".hint")).as(code + " " + language)
                    .isNotBlank();
        }
        assertThat(BUNDLES.bundle(Language.EN).getString(code.code()))
                .isNotEqualTo(BUNDLES.bundle(Language.VI).getString(code.code()));
    }

    @ParameterizedTest
    @EnumSource(ValidationCode.class)
    void everyCode_hasAFailingAndAPassingScenario(ValidationCode code) {
        assertThat(FindingScenarios.all()).containsKey(code);
        assertThat(FindingScenarios.all().get(code).expected()).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding.code()).isEqualTo(code.code()));
    }

    @ParameterizedTest
    @EnumSource(ValidationCode.class)
    void everyCode_isInTheCatalogueWithItsSeverity(ValidationCode code) throws IOException {
        String catalogue = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
        Matcher entry = Pattern.compile("(?m)^### `" + code.code() + "`$\\R+\\*\\*Severity:\\*\\* ([A-Z]+)")
                .matcher(catalogue);

        assertThat(entry.find()).as("catalogue entry of " + code).isTrue();
        assertThat(entry.group(1)).isEqualTo(code.severity().name());
        String section = catalogue.substring(entry.start(), next(catalogue, entry.end()));
        assertThat(section).contains(BUNDLES.bundle(Language.VI).getString(code.code()),
                BUNDLES.bundle(Language.EN).getString(code.code()), "Failing", "Passing");
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
            assertThat(BUNDLES.bundle(language).keySet()).as(language.name()).isEqualTo(expected);
        }
    }

    private static Set<String> codes() {
        return Arrays.stream(ValidationCode.values()).map(ValidationCode::code).collect(Collectors.toSet());
    }

    @Test
    void catalogue_listsEveryCodeAndFindingCodeOfFindsThem() {
        assertThat(BUNDLES.codes()).containsExactly(ValidationCode.values());
        for (ValidationCode code : ValidationCode.values()) {
            assertThat(FindingCode.of(code.code())).contains(code);
        }
    }

    @Test
    void message_ofACode_isItsBundleTemplateFilledIn() {
        assertThat(ValidationCode.UNKNOWN_ACTOR.message(Language.EN, List.of("huyen-uy")))
                .isEqualTo("No actor of the plan has the id “huyen-uy”.");
        assertThat(ValidationCode.FILE_COPY_MISSING.hint(Language.VI, List.of()))
                .isEqualTo("Thêm dòng “Lưu: VT” vào cuối nơi nhận.");
    }

    @Test
    void of_findsBuiltInCodesOnly() {
        assertThat(ValidationCode.of("UNKNOWN_ACTOR")).contains(ValidationCode.UNKNOWN_ACTOR);
        assertThat(ValidationCode.of("unknown_actor")).isEmpty();
        assertThat(ValidationCode.of("MY_RULE")).isEmpty();
        assertThatThrownBy(() -> ValidationCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
    }

    @Test
    void code_isTheConstantName_andLabelsAreInBothLanguages() {
        assertThat(ValidationCode.DUPLICATE_SECTION_NUMBER.code()).isEqualTo("DUPLICATE_SECTION_NUMBER");
        assertThat(ValidationCode.DUPLICATE_SECTION_NUMBER.label()).isEqualTo("Trùng số mục");
        assertThat(ValidationCode.DUPLICATE_SECTION_NUMBER.label(Language.EN))
                .isEqualTo(ValidationCode.DUPLICATE_SECTION_NUMBER.summary())
                .isEqualTo("Two sibling sections have the same number");
    }

    @Test
    void severities_areThoseOfTheCatalogue() {
        assertThat(List.of(ValidationCode.values())).filteredOn(code -> code.severity() == Severity.INFO)
                .containsExactly(ValidationCode.PLAN_PLACE_MISSING, ValidationCode.FILE_COPY_MISSING);
        assertThat(ValidationCode.NEGATIVE_AMOUNT.severity()).isEqualTo(Severity.ERROR);
        assertThat(ValidationCode.SUPERIOR_NOT_INFORMED.severity()).isEqualTo(Severity.WARNING);
    }
}
