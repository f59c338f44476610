package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.compliance.AdministrativeHierarchy;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.TaskMatch;
import vn.campaign.draft.Draft;
import vn.campaign.draft.DraftNoteCode;
import vn.campaign.draft.DraftUnit;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.Plan;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Role;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Task;
import vn.campaign.validation.PlanValidator;

/**
 * Drafts of a child plan from its parent: the Kon Rẫy district from 457/KH-MTTQ-BTT, each commune of
 * Kon Rẫy from the Kon Rẫy plan, a commune from the 2026 province plan; valid and compliant, and what
 * a draft holds.
 */
class DraftFromParentTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.create();
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    static List<String> communes() {
        return Drafts.KON_RAY_COMMUNES;
    }

    private static List<Finding> errors(Plan child, Plan parent) {
        ComplianceReport report = CHECKER.check(new NamedPlan("draft.json", child), new NamedPlan("parent.json", parent));
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).collect(
                Collectors.toList());
        VALIDATOR.validate(child).findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(errors::add);
        return errors;
    }

    private static Map<String, TaskMatch.Coverage> coverage(Plan child, Plan parent) {
        return CHECKER.coverage(child, parent).stream().collect(Collectors.toMap(TaskMatch::parentTaskId,
                TaskMatch::coverage));
    }

    @Test
    void konRayDistrictDraft_coversEveryParentTaskTheRealKonRayPlanCovers() {
        Plan province = Drafts.plan(Drafts.PROVINCE_2024);
        Map<String, TaskMatch.Coverage> real = coverage(Drafts.plan(Drafts.KON_RAY_2024), province);
        Map<String, TaskMatch.Coverage> drafted = coverage(Drafts.konRayDistrict().plan(), province);

        assertThat(real).isNotEmpty();
        assertThat(drafted.keySet()).containsExactlyInAnyOrderElementsOf(real.keySet());
        real.forEach((task, coverage) -> {
            if (coverage == TaskMatch.Coverage.COVERED) {
                assertThat(drafted.get(task)).as(task).isEqualTo(TaskMatch.Coverage.COVERED);
            }
        });
        assertThat(drafted.values()).containsOnly(TaskMatch.Coverage.COVERED);
    }

    @Test
    void konRayDistrictDraft_isValidAndCompliesWithItsParent() {
        Plan draft = Drafts.konRayDistrict().plan();

        assertThat(errors(draft, Drafts.plan(Drafts.PROVINCE_2024))).isEmpty();
        assertThat(CHECKER.coverage(draft, Drafts.plan(Drafts.PROVINCE_2024)))
                .allSatisfy(row -> assertThat(row.basis()).isEqualTo(TaskMatch.Basis.LINKED));
    }

    @ParameterizedTest
    @MethodSource("communes")
    void communeDraftFromTheKonRayPlan_isValidCompliesAndCoversEveryTaskAddressedToCommunes(String commune) {
        Plan konRay = Drafts.plan(Drafts.KON_RAY_2024);
        Draft draft = Drafts.konRayCommune(commune);

        assertThat(errors(draft.plan(), konRay)).isEmpty();
        assertThat(coverage(draft.plan(), konRay)).isNotEmpty().containsValues(TaskMatch.Coverage.COVERED)
                .doesNotContainValue(TaskMatch.Coverage.NOT_COVERED).doesNotContainValue(TaskMatch.Coverage.WEAK);
        assertThat(draft.plan().issuer().orElseThrow().fullName()).isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam " + commune);
        assertThat(draft.plan().title()).endsWith("trên địa bàn " + commune + " năm 2024");
    }

    @Test
    void communeDraftFromThe2026ProvincePlan_namesNoDistrictAnywhere() {
        Plan province = Drafts.plan(Drafts.PROVINCE_2026);
        Plan draft = Drafts.commune2026().plan();

        assertThat(errors(draft, province)).isEmpty();
        assertThat(draft.actors()).noneMatch(AdministrativeHierarchy::isDistrictBody);
        assertThat(PlanJson.create().write(draft)).doesNotContain("huyện").doesNotContain("DISTRICT");
        assertThat(draft.parentPlan().orElseThrow().issuer()).contains("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi");
    }

    @Test
    void draftAfterTheReform_leavesOutADistrictBodyThatTheParentStillNames() {
        Plan province = Drafts.plan(Drafts.PROVINCE_2026);
        Actor oldDistrict = Actor.of("son-tinh-peoples-committee", ActorKind.PEOPLES_COMMITTEE, AdministrativeLevel.DISTRICT,
                "Ủy ban nhân dân huyện Sơn Tịnh");
        Task festival = province.task("great-unity-festival").orElseThrow().toBuilder()
                .assign(oldDistrict.id(), Role.COORDINATE).build();
        Plan naming = province.toBuilder().replaceSections(List.of(replaceTask(province.sections().get(0), festival),
                province.sections().get(1))).actors(oldDistrict).build();

        Draft draft = Drafts.DRAFTER.draft(naming, DraftUnit.of("Minh Long", AdministrativeLevel.COMMUNE));

        assertThat(draft.plan().actors()).extracting(Actor::id).doesNotContain(oldDistrict.id());
        assertThat(draft.plan().task("great-unity-festival").orElseThrow().assignments()).extracting(Assignment::actorId)
                .doesNotContain(oldDistrict.id());
        assertThat(draft.notes()).anySatisfy(note -> {
            assertThat(note.code()).isEqualTo(DraftNoteCode.BODY_DROPPED);
            assertThat(note.arguments().get(0)).isEqualTo("Ủy ban nhân dân huyện Sơn Tịnh");
        });
        assertThat(errors(draft.plan(), naming)).isEmpty();
    }

    private static Section replaceTask(Section section, Task task) {
        Section.Builder builder = Section.builder(section.id(), section.number(), section.heading()).kind(section.kind());
        section.tasks().forEach(t -> builder.tasks(t.id().equals(task.id()) ? task : t));
        return builder.build();
    }

    @Test
    void draftForACommuneFromAProvincePlanBeforeTheReform_isRefused_theDistrictIsBetween() {
        assertThatThrownBy(() -> Drafts.DRAFTER.draft(Drafts.plan(Drafts.PROVINCE_2024),
                DraftUnit.of("Đăk Kôi", AdministrativeLevel.COMMUNE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the parent of a COMMUNE plan on 2024-01-01 is of level DISTRICT, not PROVINCE");
    }

    @Test
    void draftForADistrictAfterTheReform_isRefused() {
        assertThatThrownBy(() -> Drafts.DRAFTER.draft(Drafts.plan(Drafts.PROVINCE_2026),
                DraftUnit.of("Kon Rẫy", AdministrativeLevel.DISTRICT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no level DISTRICT on 2026-01-01")
                .hasMessageContaining("Luật 72/2025/QH15");
    }

    @Test
    void draft_hasTheUsualSectionsInOrder_citesTheParent_andLeavesNumberDateAndSignatureBlank() {
        Plan province = Drafts.plan(Drafts.PROVINCE_2024);
        Plan draft = Drafts.konRayDistrict().plan();

        assertThat(draft.sections()).extracting(Section::kind).containsExactly(SectionKind.OBJECTIVES,
                SectionKind.CONTENT, SectionKind.FUNDING, SectionKind.ORGANISATION);
        assertThat(draft.sections()).extracting(Section::number).containsExactly("I", "II", "III", "IV");
        assertThat(draft.number()).isEmpty();
        assertThat(draft.date()).isEmpty();
        assertThat(draft.signature()).isEmpty();
        assertThat(draft.place()).isEmpty();
        var cited = draft.parentPlan().orElseThrow();
        assertThat(cited.relation()).isEqualTo(ReferenceRelation.IMPLEMENTS);
        assertThat(cited.number()).isEqualTo(province.number());
        assertThat(cited.date()).isEqualTo(province.date());
        assertThat(cited.issuer()).contains("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum");
        assertThat(draft.period()).isEqualTo(province.period());
    }

    @Test
    void draft_linksEachTaskToTheParentsAndKeepsItsScheduleInsideTheParentsWindow() {
        Plan province = Drafts.plan(Drafts.PROVINCE_2024);
        Plan draft = Drafts.konRayDistrict().plan();

        assertThat(draft.allTasks()).allSatisfy(task -> {
            assertThat(task.implementsTasks()).hasSize(1);
            Task parentTask = province.task(task.implementsTasks().get(0).taskId()).orElseThrow();
            assertThat(task.implementsTasks().get(0).referenceId()).isEqualTo(draft.parentPlan().orElseThrow().id());
            assertThat(task.schedule()).isEqualTo(parentTask.schedule().or(() -> Optional.of(
                    new vn.campaign.model.Schedule.InYear(2024))));
        });
    }

    @Test
    void draft_localisesTheBodiesOfItsLevelToItsUnit() {
        Plan draft = Drafts.konRayCommune("xã Đăk Kôi").plan();
        Task festival = draft.task("great-unity-festival").orElseThrow();

        assertThat(festival.description().orElseThrow())
                .startsWith("Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Kôi chủ động xây dựng kế hoạch")
                .doesNotContain("các xã, thị trấn");
        assertThat(festival.assignments()).containsExactly(Assignment.of(draft.issuerId(), Role.LEAD));
    }

    @Test
    void draft_addressesTheRecipientsByConvention() {
        Plan draft = Drafts.konRayDistrict().plan();

        assertThat(draft.recipients()).extracting(r -> r.name() + " " + r.purpose()).containsExactly(
                "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum REPORT",
                "Thường trực Huyện ủy REPORT",
                "Thường trực Hội đồng nhân dân, Ủy ban nhân dân huyện Kon Rẫy INFORMATION",
                "Các tổ chức chính trị - xã hội huyện Kon Rẫy COORDINATION",
                "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn IMPLEMENTATION",
                "VT FILE_COPY");
        assertThat(Drafts.konRayDistrict().notes(DraftNoteCode.Kind.CHOICE))
                .filteredOn(note -> note.code() == DraftNoteCode.RECIPIENT_BY_CONVENTION).hasSize(5);
        assertThat(draft.recipients().get(0).purpose()).isEqualTo(RecipientPurpose.REPORT);
    }

    @Test
    void draft_reportsEveryTaskItTookAndEveryBlankItLeft() {
        Draft draft = Drafts.konRayDistrict();

        assertThat(draft.notes(DraftNoteCode.Kind.CHANGE)).filteredOn(n -> n.code() == DraftNoteCode.TASK_FROM_PARENT)
                .hasSize((int) draft.plan().allTasks().count());
        assertThat(draft.notes(DraftNoteCode.Kind.CHOICE)).extracting(n -> n.code())
                .contains(DraftNoteCode.NUMBER_DATE_BLANK, DraftNoteCode.SIGNATURE_BLANK, DraftNoteCode.OPTIONAL_TASK,
                        DraftNoteCode.FUNDING_SOURCES, DraftNoteCode.TEXT_DRAFTED);
        assertThat(draft.notes()).filteredOn(n -> n.code() == DraftNoteCode.OPTIONAL_TASK).singleElement()
                .satisfies(n -> assertThat(n.pointer().toString()).isEqualTo("/sections/1/subsections/2/tasks/0"));
    }

    @Test
    void communeDraftFromTheDistrictDraft_takesEveryTaskTheDistrictDraftPassesOnThroughCacCap() {
        Plan district = Drafts.konRayDistrict().plan();
        Draft commune = Drafts.DRAFTER.draft(district, DraftUnit.of("Đăk Kôi", AdministrativeLevel.COMMUNE));

        assertThat(errors(commune.plan(), district)).isEmpty();
        // The province gives its content tasks to "các cấp": the district's draft keeps them so, and the
        // commune's draft takes all nine; the district's own duties (section IV) stay with the district.
        assertThat(coverage(commune.plan(), district)).hasSize(9).containsOnlyKeys(district.sections().get(1)
                .allTasks().map(Task::id).toList()).doesNotContainValue(TaskMatch.Coverage.NOT_COVERED);
        assertThat(commune.plan().parentPlan().orElseThrow().issuer())
                .contains("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy");
    }

    @Test
    void residentialAreaDraftFromACommunePlan_isLedByItsFrontWorkTeam_andReportsToTheCommune() {
        Plan commune = Drafts.plan(Drafts.DAK_KOI_2024);
        Draft village = Drafts.DRAFTER.draft(commune, DraftUnit.of("Kon Rlong", AdministrativeLevel.RESIDENTIAL_AREA));

        assertThat(errors(village.plan(), commune)).isEmpty();
        assertThat(village.plan().issuer().orElseThrow().kind()).isEqualTo(ActorKind.RESIDENTIAL_AREA_TEAM);
        assertThat(village.plan().issuer().orElseThrow().fullName()).isEqualTo("Ban công tác Mặt trận thôn Kon Rlong");
        assertThat(village.plan().allTasks()).extracting(Task::id).containsExactly("great-unity-festival");
        assertThat(village.plan().recipients()).extracting(r -> r.name() + " " + r.purpose()).containsExactly(
                "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Kôi REPORT", "VT FILE_COPY");
    }
}
