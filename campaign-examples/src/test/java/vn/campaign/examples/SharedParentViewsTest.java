package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.cascade.Cascade;
import vn.campaign.cascade.CascadeCheck;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.finding.Finding;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;

/**
 * A cascade's checks sharing each parent's view ({@code Cascade.views()}, {@code ParentViews}) give
 * the same reports as checks that build the parent's view for each child: on a generated cascade in
 * which a third of the plans are damaged (sections cut, so the parent's tasks go uncovered; dated
 * before the parent), checked one after the other and on three threads.
 */
class SharedParentViewsTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.create();

    @TempDir
    Path dir;

    @Test
    void sharedViews_giveTheSameReportsAsViewsBuiltForEachChild() throws IOException {
        List<NamedPlan> plans = damaged(CascadeGenerator.builder().communes(5).areasPerCommune(6).seed(3).build());
        List<ComplianceReport> unshared = new ArrayList<>();
        Cascade cascade = Cascade.create();
        for (NamedPlan plan : plans) {
            unshared.add(CHECKER.check(plan, cascade.next(plan)));
        }
        List<ComplianceReport> shared = new ArrayList<>();
        Cascade sharing = Cascade.create();
        for (NamedPlan plan : plans) {
            shared.add(CHECKER.check(plan, sharing.next(plan), sharing.views()));
            assertThat(sharing.views().size()).isEqualTo(sharing.open().size());
        }
        List<Finding> all = unshared.stream().flatMap(report -> report.findings().stream())
                .collect(Collectors.toList());

        assertThat(shared).isEqualTo(unshared);
        assertThat(Cascade.check(CHECKER, plans).findings()).isEqualTo(all);
        assertThat(all).extracting(Finding::code).contains("PLAN_ISSUED_BEFORE_PARENT");
        assertThat(all).filteredOn(finding -> finding.parentPointer().isPresent()).hasSizeGreaterThan(10);
    }

    @Test
    void sharedViews_onThreeThreads_giveTheSameReportsAsViewsBuiltForEachChild() throws IOException {
        List<NamedPlan> plans = damaged(CascadeGenerator.builder().communes(6).areasPerCommune(8).seed(5).build());
        PlanJson json = PlanJson.create();
        for (NamedPlan plan : plans) {
            Files.write(dir.resolve(plan.file()), json.writeBytes(plan.plan()));
        }
        List<ComplianceReport> unshared = new ArrayList<>();
        Cascade cascade = Cascade.create();
        for (NamedPlan plan : plans) {
            NamedPlan named = new NamedPlan(dir.resolve(plan.file()).toString(), plan.plan());
            unshared.add(CHECKER.check(named, cascade.next(named)));
        }
        List<CascadeCheck.Result> results = new ArrayList<>();

        CascadeCheck.builder().withoutValidation().threads(3).build().run(dir, results::add);

        assertThat(results).extracting(result -> result.compliance().orElseThrow()).isEqualTo(unshared);
    }

    /** Every third plan below the centre with its sections cut to the first, every fifth dated 2020. */
    private static List<NamedPlan> damaged(CascadeGenerator generator) {
        List<NamedPlan> plans = new ArrayList<>(generator.plans().collect(Collectors.toList()));
        for (int i = 1; i < plans.size(); i++) {
            Plan plan = plans.get(i).plan();
            if (i % 3 == 0 && plan.sections().size() > 1) {
                plan = plan.toBuilder().replaceSections(plan.sections().subList(0, 1)).build();
            }
            if (i % 5 == 0) {
                plan = plan.toBuilder().date(LocalDate.of(2020, 1, 1)).build();
            }
            plans.set(i, new NamedPlan(plans.get(i).file(), plan));
        }
        return plans;
    }
}
