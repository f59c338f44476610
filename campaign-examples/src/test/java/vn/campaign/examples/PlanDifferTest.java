package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.draft.ChangeKind;
import vn.campaign.draft.PlanChange;
import vn.campaign.draft.PlanChanges;
import vn.campaign.draft.PlanDiffer;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.Role;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.Task;

/** What changed between two plans, by task correspondence: two revisions, a child and its parent. */
class PlanDifferTest {

    private static final PlanDiffer DIFFER = PlanDiffer.create();

    @Test
    void samePlan_hasNoDifference() {
        Plan plan = Drafts.plan(Drafts.KON_RAY_2024);

        PlanChanges changes = DIFFER.compare(plan, plan);

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.text(Language.EN)).isEqualTo("No difference.\n");
    }

    /** A second revision of the Kon Rẫy plan: one task gone, one reworded, one moved, one reassigned, a number. */
    private static Plan revised(Plan plan) {
        List<Section> sections = plan.sections().stream().map(PlanDifferTest::revise).toList();
        List<Recipient> recipients = new java.util.ArrayList<>(plan.recipients());
        recipients.remove(recipients.size() - 2);
        recipients.add(Recipient.of("Ban Tuyên giáo Huyện ủy", RecipientPurpose.INFORMATION));
        Plan p = plan.toBuilder().replaceSections(sections).number(DocumentNumber.parse("15/KH-MTTQ-BTT")).build();
        // The builder only adds recipients; the record's constructor replaces them.
        return new Plan(p.type(), p.number(), p.issuerId(), p.place(), p.date(), p.title(), p.period(), p.campaign(),
                p.integrations(), p.references(), p.preamble(), p.sections(), p.notApplicable(), p.funding(), recipients,
                p.signature(), p.closing(), p.actors(), p.extensions());
    }

    private static Section revise(Section section) {
        Section.Builder builder = Section.builder(section.id(), section.number(), section.heading()).kind(section.kind())
                .paragraphs(section.paragraphs().toArray(String[]::new));
        section.actorId().ifPresent(builder::actor);
        for (Task task : section.tasks()) {
            switch (task.id()) {
                case "thematic-conferences":
                    break;
                case "models":
                    builder.tasks(task.toBuilder().description(task.description().orElseThrow()
                            .replace("chủ động xây dựng", "tích cực xây dựng")).build());
                    break;
                case "training":
                    builder.tasks(task.toBuilder().schedule(new Schedule.Quarters(2024, List.of(2))).build());
                    break;
                case "district-emulation-cluster":
                    builder.tasks(task.toBuilder().assign("district-peoples-committee", Role.COORDINATE).build());
                    break;
                default:
                    builder.tasks(task);
            }
        }
        section.subsections().forEach(sub -> builder.subsections(revise(sub)));
        return builder.build();
    }

    @Test
    void twoRevisions_listEachChangedTaskAndMemberOnce() {
        Plan first = Drafts.plan(Drafts.KON_RAY_2024);

        PlanChanges changes = DIFFER.compare(first, revised(first));

        assertThat(changes.changes()).extracting(c -> c.kind() + " " + c.before().map(Object::toString).orElse("—")
                + " " + c.after().map(Object::toString).orElse("—")).containsExactly(
                "PLAN_CHANGED — /number",
                "TASK_RESCHEDULED /sections/1/subsections/1/subsections/0/tasks/0 /sections/1/subsections/1/subsections/0/tasks/0",
                "TASK_REWORDED /sections/1/subsections/2/tasks/0 /sections/1/subsections/2/tasks/0",
                "TASK_REMOVED /sections/1/subsections/4/tasks/2 —",
                "TASK_REASSIGNED /sections/3/subsections/0/tasks/2 /sections/3/subsections/0/tasks/2",
                "RECIPIENT_REMOVED /recipients/6 —",
                "RECIPIENT_ADDED — /recipients/7");
        assertThat(changes.of(ChangeKind.TASK_RESCHEDULED)).singleElement().satisfies(change -> {
            assertThat(change.was()).contains("Trong năm 2024");
            assertThat(change.now()).contains("Quý II/2024");
        });
        assertThat(changes.of(ChangeKind.TASK_REASSIGNED).get(0).now().orElseThrow())
                .contains("Phối hợp: Ủy ban nhân dân huyện");
    }

    @Test
    void childAgainstItsParent_pairsTasksByTheChildsLinks_inEitherOrder() {
        Plan province = Drafts.plan(Drafts.PROVINCE_2024);
        Plan konRay = Drafts.plan(Drafts.KON_RAY_2024);

        PlanChanges down = DIFFER.compare(province, konRay);
        PlanChanges up = DIFFER.compare(konRay, province);

        // Every task of 457/KH-MTTQ-BTT is carried out by a task of the Kon Rẫy plan: none is removed.
        assertThat(down.of(ChangeKind.TASK_REMOVED)).isEmpty();
        assertThat(up.of(ChangeKind.TASK_ADDED)).isEmpty();
        assertThat(down.of(ChangeKind.TASK_ADDED)).hasSameSizeAs(up.of(ChangeKind.TASK_REMOVED)).isNotEmpty();
        assertThat(down.of(ChangeKind.TASK_ADDED)).extracting(PlanChange::subject)
                .contains("Phối hợp tổ chức các hội nghị, tọa đàm,... về các nội dung…");
        assertThat(down.of(ChangeKind.PLAN_CHANGED)).extracting(PlanChange::subject).contains("issuer", "number");
    }

    @Test
    void markdownAndText_sayTheSameChanges() {
        Plan first = Drafts.plan(Drafts.KON_RAY_2024);
        PlanChanges changes = DIFFER.compare(first, revised(first));

        assertThat(changes.text(Language.VI).lines()).hasSize(changes.changes().size() + 1)
                .last().isEqualTo("7 thay đổi, trong đó 4 về nhiệm vụ.");
        assertThat(changes.markdown(Language.EN)).startsWith("# What changed\n\n7 changes, 4 of them in tasks.\n")
                .contains("## Task removed (1)").contains("| Phối hợp tổ chức các hội nghị, tọa đàm,... về các nội dung… |");
        assertThat(changes.of(ChangeKind.TASK_REMOVED).get(0).was()).isEqualTo(Optional.of(
                first.task("thematic-conferences").orElseThrow().description().orElseThrow()));
    }
}
