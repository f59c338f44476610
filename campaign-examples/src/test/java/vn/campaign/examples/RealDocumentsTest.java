package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.importer.ImportCode;
import vn.campaign.importer.ImportKind;
import vn.campaign.importer.ImportResult;
import vn.campaign.importer.PlanImporter;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Campaign;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;

/**
 * The importer on the corpus of real Front documents ({@code src/test/resources/real/}, provenance in
 * its README): every {@code NAME.md} is imported and compared with its hand-checked {@code
 * NAME.expected.json}, field by field. What the importer does not yet read as a reader does is listed
 * in {@code real/known-gaps.tsv}, one line per document and field with the expected and the actual
 * value and why; the test asserts that exactly those gaps remain, so that closing a gap fails it until
 * its line is removed, and a new gap (a regression) fails it too. Partial documents are measured the
 * same way. Each document's result is printed on one line.
 *
 * <p>The fields: {@code plan} (a plan was built), {@code type}, {@code number}, {@code date} (the date
 * of issue; for a draft whose day is blank the year of issue the importer reports in {@code
 * DATE_DAY_BLANK}), {@code issuingLevel}, {@code campaign} (its name, or none), {@code period} (the
 * stated period's first day, and last day when the expectation has one; when the expectation is
 * {@code null}, the document states none, and the importer's period must say that it is derived:
 * {@code PERIOD_FROM_TASKS} or {@code PERIOD_DEFAULTED}), {@code tasks} (the tasks of the sections of
 * kind CONTENT), {@code parentCitation} (the parent's number and date) and {@code unmapped} (the share
 * of lines with text left UNMAPPED, at most 5%).
 */
class RealDocumentsTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "real");
    private static final Path GAPS = CORPUS.resolve("known-gaps.tsv");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PlanImporter IMPORTER = PlanImporter.create();
    /** The greatest share of lines with text that may be left unmapped. */
    private static final double UNMAPPED_TARGET = 0.05;

    /** One field of one document: what the reader found and what the importer gives. */
    private record Measure(String document, String field, String expected, String actual) {

        boolean met() {
            return expected.equals(actual);
        }

        String key() {
            return document + "\t" + field + "\t" + expected + "\t" + actual;
        }
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md"))
                    .filter(file -> !file.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    @Test
    void corpus_hasElevenDocumentsEachWithItsExpectation() throws IOException {
        List<Path> documents = documents();

        assertThat(documents).hasSize(11);
        for (Path document : documents) {
            assertThat(expectationOf(document)).as("expectation of %s", document).exists();
        }
    }

    @Test
    void importer_meetsTheExpectationsButExactlyTheKnownGaps() throws IOException {
        Set<String> gaps = new TreeSet<>();
        List<String> summaries = new ArrayList<>();
        for (Path document : documents()) {
            List<Measure> measures = measure(document);
            measures.stream().filter(m -> !m.met()).map(Measure::key).forEach(gaps::add);
            summaries.add(summary(document, measures));
        }
        summaries.forEach(System.out::println);

        assertThat(gaps).as("gaps between the importer and the readers' expectations; %s lists the known ones", GAPS)
                .containsExactlyInAnyOrderElementsOf(knownGaps());
    }

    @Test
    void knownGaps_eachSayWhy() throws IOException {
        for (String line : gapLines()) {
            String[] columns = line.split("\t", -1);
            assertThat(columns).as(line).hasSize(5);
            assertThat(columns[4].strip()).as("why, in %s", line).isNotEmpty();
        }
    }

    // ---------------------------------------------------------------- measuring

    private static Path expectationOf(Path document) {
        String name = document.getFileName().toString().replaceFirst("\\.md$", "");
        return document.resolveSibling(name + ".expected.json");
    }

    private static String name(Path document) {
        return document.getFileName().toString().replaceFirst("\\.md$", "");
    }

    /** Every field of a document, measured. */
    static List<Measure> measure(Path document) throws IOException {
        String text = Files.readString(document, StandardCharsets.UTF_8);
        JsonNode expected = MAPPER.readTree(expectationOf(document).toFile());
        ImportResult result = IMPORTER.importMarkdown(text);
        String name = name(document);
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(name, "plan", "yes", result.plan().isPresent() ? "yes"
                : "no: " + result.noPlanReason().orElseThrow().code()));
        measures.add(new Measure(name, "unmapped", "<= 5%", unmapped(text, result)));
        if (result.plan().isEmpty()) {
            return measures;
        }
        Plan plan = result.plan().get();
        measures.add(new Measure(name, "type", expected.path("type").asText(), plan.type().code()));
        measures.add(new Measure(name, "number", text(expected, "number"),
                plan.number().map(DocumentNumber::toString).orElse("none")));
        measures.add(new Measure(name, "date", expectedDate(expected), actualDate(plan, result)));
        measures.add(new Measure(name, "issuingLevel", text(expected, "issuingLevel"),
                plan.level().map(AdministrativeLevel::name).orElse("none")));
        measures.add(new Measure(name, "campaign", text(expected, "campaign"),
                plan.campaign().map(Campaign::name).orElse("none")));
        measures.add(new Measure(name, "period", expectedPeriod(expected), actualPeriod(plan, result, expected)));
        measures.add(new Measure(name, "tasks", expected.path("tasks").asText(), String.valueOf(contentTasks(plan))));
        measures.add(new Measure(name, "parentCitation", expectedParent(expected),
                plan.parentPlan().map(RealDocumentsTest::citation).orElse("none")));
        return measures;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? "none" : node.path(field).asText();
    }

    /** The share of lines with text that carry an UNMAPPED finding, within the target or not. */
    private static String unmapped(String text, ImportResult result) {
        long lines = text.lines().filter(line -> !line.isBlank()).count();
        Set<Integer> unmapped = new LinkedHashSet<>();
        for (Finding finding : result.report().findings(ImportKind.UNMAPPED)) {
            finding.line().ifPresent(unmapped::add);
        }
        double share = lines == 0 ? 0 : (double) unmapped.size() / lines;
        return share <= UNMAPPED_TARGET ? "<= 5%" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String expectedDate(JsonNode expected) {
        if (!expected.path("date").isNull()) {
            return expected.path("date").asText();
        }
        return expected.path("year").isNull() ? "none" : "year " + expected.path("year").asText();
    }

    private static String actualDate(Plan plan, ImportResult result) {
        if (plan.date().isPresent()) {
            return plan.date().get().toString();
        }
        return result.report().findings().stream().filter(f -> f.code().equals(ImportCode.DATE_DAY_BLANK.code()))
                .findFirst().map(f -> "year " + f.arguments().get(0)).orElse("none");
    }

    private static String expectedPeriod(JsonNode expected) {
        JsonNode period = expected.path("period");
        if (period.isNull() || period.isMissingNode()) {
            return "not stated";
        }
        return period.path("from").asText() + "/" + (period.path("to").isNull() ? "…" : period.path("to").asText());
    }

    /** The plan's period as the expectation states it: derived when it is not stated, else its days. */
    private static String actualPeriod(Plan plan, ImportResult result, JsonNode expected) {
        Optional<String> derived = result.report().findings().stream().map(Finding::code)
                .filter(code -> code.equals(ImportCode.PERIOD_FROM_TASKS.code())
                        || code.equals(ImportCode.PERIOD_DEFAULTED.code())).findFirst();
        JsonNode period = expected.path("period");
        if (period.isNull() || period.isMissingNode()) {
            return derived.isPresent() ? "not stated" : "stated " + plan.period();
        }
        boolean openEnd = period.path("to").isNull();
        return plan.period().start() + "/" + (openEnd ? "…" : plan.period().end().toString());
    }

    private static long contentTasks(Plan plan) {
        return plan.sections().stream().filter(section -> section.kind() == SectionKind.CONTENT)
                .flatMap(Section::allTasks).count();
    }

    private static String expectedParent(JsonNode expected) {
        JsonNode parent = expected.path("parentCitation");
        if (parent.isNull() || parent.isMissingNode()) {
            return "none";
        }
        return parent.path("number").asText() + " " + parent.path("date").asText();
    }

    private static String citation(DocumentReference reference) {
        return reference.number().map(DocumentNumber::toString).orElse("?") + " "
                + reference.date().map(Object::toString).orElse("?");
    }

    private static String summary(Path document, List<Measure> measures) {
        Map<String, String> actual = new LinkedHashMap<>();
        measures.forEach(m -> actual.put(m.field(), m.actual() + (m.met() ? "" : " (expected " + m.expected() + ")")));
        long met = measures.stream().filter(Measure::met).count();
        return String.format(Locale.ROOT, "%-62s %2d/%2d met  %s", name(document), met, measures.size(), actual);
    }

    // ---------------------------------------------------------------- the known gaps

    private static List<String> gapLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(GAPS, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The gaps of known-gaps.tsv as document, field, expected and actual (the why is for people). */
    private static List<String> knownGaps() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : gapLines()) {
            String[] columns = line.split("\t", -1);
            keys.add(String.join("\t", columns[0], columns[1], columns[2], columns[3]));
        }
        return keys;
    }
}
