package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.PlanSet;
import vn.campaign.io.PlanJson;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.validation.PlanValidator;

class CascadeGeneratorTest {

    private static final CascadeGenerator SMALL = CascadeGenerator.builder().communes(5).areasPerCommune(3).seed(7)
            .build();

    @Test
    void size_countsCentreProvincesCommunesAndAreas() {
        assertThat(CascadeGenerator.national().size()).isEqualTo(1 + 34 + 3_321 * 31L).isEqualTo(102_986L);
        assertThat(SMALL.provinces()).isEqualTo(5);
        assertThat(SMALL.size()).isEqualTo(1 + 5 + 5 * 4L);
        assertThat(SMALL.plans().count()).isEqualTo(SMALL.size());
        CascadeGenerator wide = CascadeGenerator.builder().communes(70).areasPerCommune(0).build();
        assertThat(wide.provinces()).isEqualTo(34);
        assertThat(wide.plans().count()).isEqualTo(wide.size()).isEqualTo(1 + 34 + 70L);
    }

    @Test
    void plans_comeInCascadeOrderWhichIsNameOrder() {
        List<NamedPlan> plans = SMALL.plans().collect(Collectors.toList());
        List<String> names = plans.stream().map(NamedPlan::file).collect(Collectors.toList());
        assertThat(names).isSorted().doesNotHaveDuplicates();
        assertThat(names.subList(0, 4)).containsExactly("00-0000-000.json", "01-0000-000.json", "01-0001-000.json",
                "01-0001-001.json");
        assertThat(plans.get(0).plan().level()).contains(AdministrativeLevel.CENTRAL);
        assertThat(plans.get(1).plan().level()).contains(AdministrativeLevel.PROVINCE);
        assertThat(plans.get(2).plan().level()).contains(AdministrativeLevel.COMMUNE);
        assertThat(plans.get(3).plan().level()).contains(AdministrativeLevel.RESIDENTIAL_AREA);
        PlanSet set = PlanSet.of(plans);
        for (NamedPlan plan : plans.subList(1, plans.size())) {
            NamedPlan parent = set.parentOf(plan).orElseThrow();
            assertThat(names.indexOf(parent.file())).isLessThan(names.indexOf(plan.file()));
        }
    }

    @Test
    void plans_areShapedLikeKonRay() {
        NamedPlan commune = SMALL.plan(1, 1, 0);
        NamedPlan area = SMALL.plan(1, 1, 1);
        assertThat(commune.plan().allTasks().count()).isBetween(25L, 35L);
        assertThat(area.plan().allTasks().count()).isBetween(20L, 35L);
        assertThat(commune.plan().extensions().get(CascadeGenerator.GENERATED)).contains("7");
        assertThat(PlanJson.create().writeBytes(commune.plan()).length).isBetween(15_000, 40_000);
    }

    @Test
    void plans_areDeterministicBySeed() {
        CascadeGenerator again = CascadeGenerator.builder().communes(5).areasPerCommune(3).seed(7).build();
        CascadeGenerator other = CascadeGenerator.builder().communes(5).areasPerCommune(3).seed(8).build();
        assertThat(again.plans().collect(Collectors.toList())).isEqualTo(SMALL.plans().collect(Collectors.toList()));
        assertThat(other.plan(2, 1, 2)).isNotEqualTo(SMALL.plan(2, 1, 2));
        assertThat(SMALL.plan(2, 1, 2)).isEqualTo(again.plan(2, 1, 2));
    }

    @Test
    void plans_areValidAndComplyWithTheirParents() {
        PlanValidator validator = PlanValidator.create();
        List<NamedPlan> plans = SMALL.plans().collect(Collectors.toList());
        for (NamedPlan plan : plans) {
            assertThat(validator.validate(plan.plan()).findings()).as(plan.file()).isEmpty();
        }
        ComplianceReport report = ComplianceChecker.create().check(PlanSet.of(plans));
        assertThat(report.findings()).isEmpty();
        assertThat(report.files()).hasSize(plans.size());
    }

    @Test
    void plans_roundTripThroughJson() throws Exception {
        PlanJson json = PlanJson.create();
        for (NamedPlan plan : SMALL.plans().limit(8).collect(Collectors.toList())) {
            assertThat(json.read(json.writeBytes(plan.plan()))).isEqualTo(plan.plan());
        }
    }

    @Test
    void plan_rejectsPositionsOutsideTheCascade() {
        assertThatThrownBy(() -> SMALL.plan(6, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No plan at 06-0000-000.json");
        assertThatThrownBy(() -> SMALL.plan(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SMALL.plan(1, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SMALL.plan(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CascadeGenerator.builder().communes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("communes must be at least 1: 0");
        assertThatThrownBy(() -> CascadeGenerator.builder().areasPerCommune(1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CascadeGenerator.builder().year(2025)).isInstanceOf(IllegalArgumentException.class);
    }
}
