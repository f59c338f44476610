package vn.campaign.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.campaign.importer.PlanImporter;
import vn.campaign.testing.LinearTime;

/**
 * Every regular expression of the importer runs in linear time on its pathological inputs: long runs
 * of each character it names, alone and alternating. Work is counted, not timed ({@link LinearTime}:
 * characters read through a counting {@link CharSequence}), on inputs of 2,000 and 20,000 characters;
 * a ratio above 15 is backtracking.
 */
class LinearTimeTest {

    private static final Class<?>[] CLASSES = {Abstracts.class, Actors.class, DocxText.class, Keywords.class,
        MarkdownLines.class, PlanInterpreter.class, References.class, Schedules.class, SourceLine.class,
        StructureReader.class, TaskBuilder.class};

    @Test
    void everyPatternOfTheImporter_growsLinearlyOnRunsOfItsCharacters() {
        Map<String, Pattern> patterns = LinearTime.patterns(CLASSES);
        List<String> failures = new ArrayList<>();
        patterns.forEach((name, pattern) -> LinearTime.check(name, pattern, 20_000, failures::add));

        assertThat(patterns).hasSizeGreaterThan(80).containsKey("Abstracts.QUOTED");
        assertThat(failures).isEmpty();
    }

    /** The defect of issue 14: a line of quotation marks after "Cuộc vận động" took minutes. */
    @Test
    void quoted_isLinearOnARunOfOpeningQuotationMarks() {
        String small = "lồng ghép với Cuộc vận động " + "“".repeat(3_000);
        String large = "lồng ghép với Cuộc vận động " + "“".repeat(30_000);

        long work = LinearTime.findAll(Abstracts.QUOTED, large);
        assertThat((double) work / LinearTime.findAll(Abstracts.QUOTED, small)).isLessThan(LinearTime.MAX_RATIO);
    }

    /** The whole import of that line, as the command line gets it, ends (the quadratic form took minutes). */
    @Test
    void importOfALineOfQuotationMarksAfterATrigger_ends() {
        String document = "KẾ HOẠCH\nI. NỘI DUNG\n1. Tuyên truyền\nlồng ghép với Cuộc vận động "
                + "“".repeat(103_000) + "\n";

        assertThat(PlanImporter.create().importMarkdown(document).report()).isNotNull();
    }

    @Test
    void stripTrailing_isOnePassFromTheEnd() {
        assertThat(Fold.stripTrailing("a;;.:", ";,.:")).isEqualTo("a");
        assertThat(Fold.stripTrailing(";".repeat(100_000) + "x", ";")).hasSize(100_001);
        assertThat(Fold.stripOne("a;;", ";")).isEqualTo("a;");
    }
}
