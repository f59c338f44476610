package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.AdministrativeHierarchy;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.draft.ChangeKind;
import vn.campaign.draft.Draft;
import vn.campaign.draft.DraftNote;
import vn.campaign.draft.DraftNoteCode;
import vn.campaign.draft.PlanChange;
import vn.campaign.draft.PlanChanges;
import vn.campaign.draft.PlanDiffer;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.model.Task;
import vn.campaign.validation.PlanValidator;

/** Next year's plan from this year's: the Kon Rẫy plan for 2025, the Đăk Kôi plan for 2026 after the reform. */
class NextYearDraftTest {

    private static List<Finding> errors(Plan child, Plan parent) {
        List<Finding> errors = new java.util.ArrayList<>(ComplianceChecker.create().check(new NamedPlan("next.json", child),
                new NamedPlan("parent.json", parent)).findings());
        errors.addAll(PlanValidator.create().validate(child).findings());
        errors.removeIf(f -> f.severity() != Severity.ERROR);
        return errors;
    }

    private static List<String> codes(Draft draft, DraftNoteCode code) {
        return draft.notes().stream().filter(n -> n.code() == code).map(DraftNote::pointer).map(Object::toString).toList();
    }

    @Test
    void konRay2025_checksCleanAgainstThe2025Parent() {
        assertThat(errors(Drafts.konRay2025().plan(), Drafts.plan(Drafts.PROVINCE_2025))).isEmpty();
    }

    @Test
    void konRay2025_keepsEveryTaskOfTheKonRayPlan_withItsWording_andAddsTheNewParentsTask() {
        Plan last = Drafts.plan(Drafts.KON_RAY_2024);
        Plan next = Drafts.konRay2025().plan();

        assertThat(next.allTasks().map(Task::id)).containsAll(last.allTasks().map(Task::id).toList())
                .contains("districts-digital-propaganda");
        assertThat(next.task("thematic-conferences").orElseThrow().description())
                .isEqualTo(last.task("thematic-conferences").orElseThrow().description());
        assertThat(next.task("district-interim-review").orElseThrow().description().orElseThrow()).endsWith("năm 2025.");
        assertThat(next.title()).endsWith("huyện Kon Rẫy năm 2025");
    }

    @Test
    void konRay2025_movesSchedulesToTheNewYear_andIntoTheNewParentsWindows() {
        Plan next = Drafts.konRay2025().plan();

        assertThat(next.task("training").orElseThrow().schedule()).contains(new Schedule.InYear(2025));
        // The 2025 parent holds the festival in October and November, the interim review in June.
        assertThat(next.task("great-unity-festival").orElseThrow().schedule().orElseThrow()).hasToString("Tháng 10, 11/2025");
        assertThat(next.task("district-interim-review").orElseThrow().schedule().orElseThrow()).hasToString("Tháng 6/2025");
        assertThat(next.period().start().getYear()).isEqualTo(2025);
    }

    @Test
    void konRay2025_reportsWhatItChangedAndWhatItLeavesToTheOfficial() {
        Draft draft = Drafts.konRay2025();

        assertThat(codes(draft, DraftNoteCode.SCHEDULE_FITTED)).containsExactlyInAnyOrder(
                "/sections/1/subsections/3/subsections/0/tasks/0", "/sections/3/subsections/0/tasks/4");
        assertThat(codes(draft, DraftNoteCode.LINK_REMOVED)).containsExactly("/sections/1/subsections/3/subsections/1/tasks/0");
        assertThat(codes(draft, DraftNoteCode.TASK_ADDED)).containsExactly("/sections/3/subsections/0/tasks/5");
        assertThat(codes(draft, DraftNoteCode.PARENT_CITED)).containsExactly("/references/0");
        assertThat(draft.notes(DraftNoteCode.Kind.CHOICE)).extracting(DraftNote::code).contains(
                DraftNoteCode.NUMBER_DATE_BLANK, DraftNoteCode.SIGNATURE_BLANK, DraftNoteCode.LEVEL_ENDS_IN_PERIOD,
                DraftNoteCode.WEAK_PAIRING);
        assertThat(draft.notes()).filteredOn(n -> n.code() == DraftNoteCode.SIGNATURE_BLANK).singleElement()
                .satisfies(n -> assertThat(n.message(vn.campaign.model.Language.VI))
                        .endsWith("Năm trước: TM. BAN THƯỜNG TRỰC, PHÓ CHỦ TỊCH, Huỳnh Minh Trung."));
        assertThat(draft.plan().number()).isEmpty();
        assertThat(draft.plan().signature()).isEmpty();
    }

    @Test
    void diffBetweenKonRay2024And2025_listsWhatMoved() {
        PlanChanges changes = PlanDiffer.create().compare(Drafts.plan(Drafts.KON_RAY_2024), Drafts.konRay2025().plan());

        assertThat(changes.of(ChangeKind.TASK_ADDED)).extracting(PlanChange::now).containsExactly(
                java.util.Optional.of("Ứng dụng mạng xã hội Zalo, Facebook trong tuyên truyền Cuộc vận động đến khu dân cư."));
        assertThat(changes.of(ChangeKind.TASK_REMOVED)).isEmpty();
        assertThat(changes.of(ChangeKind.TASK_RESCHEDULED)).extracting(c -> c.was().orElseThrow() + " → " + c.now().orElseThrow())
                .contains("Quý III, IV/2024 → Tháng 10, 11/2025", "Trong năm 2024 → Tháng 6/2025",
                        "Trong năm 2024 → Trong năm 2025");
        assertThat(changes.of(ChangeKind.REFERENCE_REMOVED)).extracting(PlanChange::subject).containsExactly("457/KH-MTTQ-BTT");
        assertThat(changes.of(ChangeKind.REFERENCE_ADDED)).extracting(PlanChange::subject).containsExactly("12/KH-MTTQ-BTT");
        assertThat(changes.of(ChangeKind.SIGNATURE_CHANGED)).hasSize(1);
        assertThat(changes.of(ChangeKind.PLAN_CHANGED)).extracting(PlanChange::subject).containsExactly("title", "period");
    }

    @Test
    void dakKoi2026_afterTheReform_dropsTheDistrictAndReportsToTheProvince() {
        Draft draft = Drafts.dakKoi2026();
        Plan next = draft.plan();

        assertThat(errors(next, Drafts.plan(Drafts.PROVINCE_2026))).isEmpty();
        assertThat(next.actors()).noneMatch(AdministrativeHierarchy::isDistrictBody);
        assertThat(next.recipients().get(0).name()).isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi");
        assertThat(draft.notes()).extracting(DraftNote::code).contains(DraftNoteCode.BODY_DROPPED,
                DraftNoteCode.RECIPIENT_DROPPED, DraftNoteCode.RECIPIENT_ADDED, DraftNoteCode.UNIT_TO_CHECK,
                DraftNoteCode.DECLARATION_REMOVED, DraftNoteCode.BUDGET_CARRIED, DraftNoteCode.SECTION_ADDED);
        assertThat(next.notApplicable()).isEmpty();
        assertThat(next.task("great-unity-festival").orElseThrow().schedule().orElseThrow())
                .hasToString("Từ ngày 01/11/2026 đến ngày 18/11/2026");
    }

    @Test
    void nextYearOfADistrictPlanAfterTheReform_isRefused() {
        assertThatThrownBy(() -> Drafts.DRAFTER.nextYear(Drafts.plan(Drafts.KON_RAY_2024), Drafts.plan(Drafts.PROVINCE_2026)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no level DISTRICT on 2026-01-01");
    }
}
