package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.finding.Finding;
import vn.campaign.io.BulkFormat;
import vn.campaign.cascade.CascadeCheck;
import vn.campaign.io.PlanJson;
import vn.campaign.io.PlanReadException;
import vn.campaign.io.ReadErrorCode;

/** {@link CascadeCheck} of campaign-io, on generated cascades. */
class CascadeCheckTest {

    private static final CascadeGenerator GENERATOR = CascadeGenerator.builder().communes(4).areasPerCommune(3)
            .seed(11).build();
    private static final PlanJson JSON = PlanJson.create();

    @TempDir
    Path dir;

    @Test
    void run_overAFolder_givesEveryPlanInNameOrderWithBothReports() throws IOException {
        List<NamedPlan> plans = write(GENERATOR.plans().collect(Collectors.toList()));
        List<CascadeCheck.Result> results = new ArrayList<>();

        CascadeCheck.Summary summary = CascadeCheck.builder().threads(3).build().run(dir, results::add);

        assertThat(results).extracting(CascadeCheck.Result::name).containsExactlyElementsOf(
                plans.stream().map(plan -> dir.resolve(plan.file()).toString()).collect(Collectors.toList()));
        assertThat(results).allSatisfy(result -> {
            assertThat(result.validation()).hasValueSatisfying(report -> assertThat(report.findings()).isEmpty());
            assertThat(result.compliance()).hasValueSatisfying(report -> assertThat(report.findings()).isEmpty());
            assertThat(result.hasErrors()).isFalse();
        });
        assertThat(summary).isEqualTo(new CascadeCheck.Summary(GENERATOR.size(), 0, 0, 0, 0));
    }

    @Test
    void run_reportsEachPlansFindingsAgainstItsOwnParent() throws IOException {
        List<NamedPlan> plans = new ArrayList<>(GENERATOR.plans().collect(Collectors.toList()));
        int late = 3; // the first residential area of the first commune
        plans.set(late, new NamedPlan(plans.get(late).file(), plans.get(late).plan().toBuilder()
                .date(LocalDate.of(2026, 1, 1)).build()));
        write(plans);
        List<CascadeCheck.Result> results = new ArrayList<>();

        CascadeCheck.Summary summary = CascadeCheck.builder().withoutValidation().threads(2).build()
                .run(dir, results::add);

        assertThat(results.get(late).compliance().orElseThrow().findings()).extracting(Finding::code)
                .containsExactly("PLAN_ISSUED_BEFORE_PARENT");
        assertThat(results.get(late).compliance().orElseThrow().findings().get(0).parentFile())
                .contains(dir.resolve("01-0001-000.json").toString());
        assertThat(results.get(late).validation()).isEmpty();
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(results.stream().filter(CascadeCheck.Result::hasErrors).count()).isEqualTo(1);
    }

    @Test
    void run_givesAnUnreadableFileItsFailureAndGoesOn() throws IOException {
        write(GENERATOR.plans().collect(Collectors.toList()));
        Files.writeString(dir.resolve("01-0001-002.json"), "{\"schemaVersion\": \"1.1\",\n  \"type\": 7}",
                StandardCharsets.UTF_8);
        List<CascadeCheck.Result> results = new ArrayList<>();

        CascadeCheck.Summary summary = CascadeCheck.builder().build().run(dir, results::add);

        CascadeCheck.Result broken = results.get(4);
        assertThat(broken.name()).isEqualTo(dir.resolve("01-0001-002.json").toString());
        assertThat(broken.failure()).containsInstanceOf(PlanReadException.class);
        PlanReadException failure = (PlanReadException) broken.failure().orElseThrow();
        assertThat(failure.errorCode()).isEqualTo(ReadErrorCode.WRONG_TYPE);
        assertThat(failure.line()).isEqualTo(2);
        assertThat(failure.pointer()).isEqualTo("/type");
        assertThat(broken.validation()).isEmpty();
        assertThat(broken.compliance()).isEmpty();
        assertThat(summary.plans()).isEqualTo(GENERATOR.size() - 1);
        assertThat(summary.unreadable()).isEqualTo(1);
        assertThat(results.get(5).compliance().orElseThrow().findings()).isEmpty();
    }

    @Test
    void run_overNdjson_namesDocumentsByIndex() throws IOException {
        Path file = dir.resolve("national.ndjson");
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeAll(GENERATOR.plans().map(NamedPlan::plan).iterator(), out, BulkFormat.NDJSON);
        }
        List<CascadeCheck.Result> results = new ArrayList<>();

        CascadeCheck.Summary summary = CascadeCheck.builder().threads(1).build().run(file, results::add);

        assertThat(results).hasSize((int) GENERATOR.size());
        assertThat(results.get(0).name()).isEqualTo(file + "[0]");
        assertThat(results.get(20).name()).isEqualTo(file + "[20]");
        assertThat(summary).isEqualTo(new CascadeCheck.Summary(GENERATOR.size(), 0, 0, 0, 0));
    }

    @Test
    void run_outOfCascadeOrder_findsNoParentForTheMisplacedPlan() throws IOException {
        List<NamedPlan> plans = GENERATOR.plans().collect(Collectors.toList());
        List<Path> files = new ArrayList<>();
        for (NamedPlan plan : write(plans)) {
            files.add(dir.resolve(plan.file()));
        }
        // The first commune's first area moved after the second commune.
        Path moved = files.remove(3);
        files.add(9, moved);
        List<CascadeCheck.Result> results = new ArrayList<>();

        CascadeCheck.builder().build().run(files, results::add);

        assertThat(results.get(9).name()).isEqualTo(moved.toString());
        assertThat(results.get(9).compliance().orElseThrow().findings()).extracting(Finding::code)
                .containsExactly("PARENT_NOT_FOUND");
        assertThat(results.stream().filter(r -> !r.compliance().orElseThrow().findings().isEmpty()).count())
                .isEqualTo(1);
    }

    @Test
    void builder_refusesNoThreads() {
        assertThatThrownBy(() -> CascadeCheck.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1: 0");
    }

    private List<NamedPlan> write(List<NamedPlan> plans) throws IOException {
        for (NamedPlan plan : plans) {
            Files.write(dir.resolve(plan.file()), JSON.writeBytes(plan.plan()));
        }
        return plans;
    }
}
