package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.TaskMatch;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.importer.PlanImporter;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;

/**
 * The compliance check on a real plan imported from its text, not on a plan encoded by hand: the
 * Kon Rẫy plan's own words carry no task links, so its tasks are paired with the province plan's
 * (457/KH-MTTQ-BTT) by kind and wording. Then the plan is damaged as an official might damage it (a
 * task deleted, reworded, moved, replaced) and each change must give the verdict a reader expects.
 */
class RealPlanCoverageTest {

    private static final PlanJson JSON = PlanJson.create();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ComplianceChecker CHECKER = ComplianceChecker.create();

    private static Plan parent() throws IOException {
        try (InputStream in = RealPlanCoverageTest.class.getResourceAsStream("/plans/kh-457-2024-tinh-kon-tum.json")) {
            return JSON.read(in);
        }
    }

    /** The Kon Rẫy plan as imported from its text, as a JSON tree to damage. */
    private static ObjectNode imported() throws IOException {
        Plan plan = PlanImporter.create().importMarkdown(ImportedSeedTest.seed()).plan().orElseThrow();
        return (ObjectNode) MAPPER.readTree(JSON.write(plan));
    }

    private static ComplianceReport check(ObjectNode child) throws IOException {
        return CHECKER.check(new NamedPlan("kon-ray.json", JSON.read(MAPPER.writeValueAsString(child))),
                new NamedPlan("kh-457.json", parent()));
    }

    /** Every task object of the plan, in document order, with the array that holds it. */
    private static void eachTask(JsonNode sections, TaskVisitor visitor) {
        for (JsonNode section : sections) {
            ArrayNode tasks = (ArrayNode) section.get("tasks");
            if (tasks != null) {
                for (int i = 0; i < tasks.size(); i++) {
                    visitor.visit(tasks, i, (ObjectNode) tasks.get(i));
                }
            }
            if (section.has("subsections")) {
                eachTask(section.get("subsections"), visitor);
            }
        }
    }

    private interface TaskVisitor {
        void visit(ArrayNode tasks, int index, ObjectNode task);
    }

    private static ObjectNode task(ObjectNode plan, String id) {
        ObjectNode[] found = new ObjectNode[1];
        eachTask(plan.get("sections"), (tasks, index, task) -> {
            if (task.get("id").asText().equals(id)) {
                found[0] = task;
            }
        });
        assertThat(found[0]).as("task %s", id).isNotNull();
        return found[0];
    }

    private static ObjectNode without(ObjectNode plan, String id) {
        eachTask(plan.get("sections"), (tasks, index, task) -> {
            if (task.get("id").asText().equals(id)) {
                tasks.remove(index);
            }
        });
        return plan;
    }

    private static List<String> errors(ComplianceReport report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.code() + " " + f.parentPointer().map(Object::toString).orElse("")).toList();
    }

    @Test
    void importedSeed_checksCleanAgainstItsParent() throws IOException {
        ComplianceReport report = check(imported());

        assertThat(report.findings()).as(report.toString()).isEmpty();
    }

    @Test
    void importedSeed_pairsEveryAddressedParentTaskByKindAndWording() throws IOException {
        Plan child = JSON.read(MAPPER.writeValueAsString(imported()));

        List<TaskMatch> table = CHECKER.coverage(child, parent());

        assertThat(table).extracting(TaskMatch::parentTaskId).containsExactly("propaganda", "training",
                "experience-exchange", "models", "great-unity-festival", "local-festivals", "coordination",
                "campaign-board-and-fund", "inspection-and-review", "districts-planning",
                "districts-emulation-cluster", "districts-interim-review");
        assertThat(table).allSatisfy(row -> {
            assertThat(row.coverage()).as(row.parentTaskId()).isEqualTo(TaskMatch.Coverage.COVERED);
            assertThat(row.basis()).as(row.parentTaskId()).isEqualTo(TaskMatch.Basis.KIND_AND_WORDING);
        });
        assertThat(table.get(4).best().orElseThrow().childTaskId()).isEqualTo("II.4.1-1");
    }

    @Test
    void deletingTheFestival_isAnErrorNamingItInTheOfficialsWords() throws IOException {
        ComplianceReport report = check(without(imported(), "II.4.1-1"));

        assertThat(errors(report)).containsExactly("PARENT_TASK_NOT_COVERED /sections/0/tasks/4");
        Finding finding = report.findings().get(0);
        assertThat(finding.message()).contains("Ngày hội Đại đoàn kết toàn dân tộc", "457/KH-MTTQ-BTT");
        assertThat(finding.message(vn.campaign.model.Language.EN)).contains("Ngày hội Đại đoàn kết toàn dân tộc");
    }

    @ParameterizedTest(name = "deleting {0} leaves {1} uncovered")
    @CsvSource({
        "II.1-1, /sections/0/tasks/0",
        "II.2.1-1, /sections/0/tasks/1",
        "II.5-2, /sections/0/tasks/7",
    })
    void deletingTheOnlyTaskThatCarriesOutAParentTask_isAnError(String childTask, String parentTask)
            throws IOException {
        assertThat(errors(check(without(imported(), childTask))))
                .containsExactly("PARENT_TASK_NOT_COVERED " + parentTask);
    }

    @Test
    void deletingTheTaskOfAnOptionalParentTask_isNoError() throws IOException {
        // 457's "Học tập trao đổi kinh nghiệm (nếu có)" is optional.
        assertThat(errors(check(without(imported(), "II.2.2-1")))).isEmpty();
    }

    @Test
    void rewordingWithoutDiacritics_stillCovers() throws IOException {
        ObjectNode plan = imported();
        task(plan, "II.4.1-1").put("description",
                "Ban Thuong truc Uy ban MTTQ Viet Nam cac xa, thi tran to chuc Ngay hoi Dai doan ket toan dan toc");

        assertThat(check(plan).findings()).isEmpty();
    }

    @Test
    void movingATaskToAnotherSection_stillCovers() throws IOException {
        ObjectNode plan = imported();
        ObjectNode festival = task(plan, "II.4.1-1").deepCopy();
        without(plan, "II.4.1-1");
        ((ArrayNode) plan.get("sections").get(3).get("subsections").get(0).get("tasks")).add(festival);

        assertThat(check(plan).findings()).isEmpty();
    }

    @Test
    void deletingTheLocalFestivals_leavesOnlyAWeakPairingWithOtherFestivalWording() throws IOException {
        ComplianceReport report = check(without(imported(), "II.4.2-1"));

        assertThat(report.findings()).extracting(Finding::severity, Finding::code, f -> f.parentPointer().orElseThrow()
                .toString(), f -> f.arguments().get(3)).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Severity.WARNING, "PARENT_TASK_MATCH_WEAK", "/sections/0/tasks/5", "II.2.1-1, II.4.1-1"));
    }

    @Test
    void replacingTheFestivalByAnUnrelatedTask_isAnError() throws IOException {
        ObjectNode plan = imported();
        ObjectNode subsection = (ObjectNode) plan.get("sections").get(1).get("subsections").get(3).get("subsections")
                .get(0);
        subsection.put("heading", "Hỗ trợ hộ nghèo");
        ObjectNode festival = task(plan, "II.4.1-1");
        festival.set("kinds", MAPPER.createArrayNode().add("POVERTY_SUPPORT"));
        festival.put("description", "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn hỗ trợ hộ nghèo sửa chữa"
                + " nhà ở tại khu dân cư.");

        assertThat(errors(check(plan))).containsExactly("PARENT_TASK_NOT_COVERED /sections/0/tasks/4");
    }

    @Test
    void anUnrelatedTaskUnderTheFestivalHeading_isOnlyAWeakPairing() throws IOException {
        ObjectNode plan = imported();
        ObjectNode festival = task(plan, "II.4.1-1");
        festival.set("kinds", MAPPER.createArrayNode().add("POVERTY_SUPPORT"));
        festival.put("description", "Hỗ trợ hộ nghèo sửa chữa nhà ở.");

        assertThat(check(plan).findings()).extracting(Finding::code, f -> f.parentPointer().orElseThrow().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PARENT_TASK_MATCH_WEAK", "/sections/0/tasks/4"));
    }

    @Test
    void swappingTwoTasks_stillCoversBoth() throws IOException {
        ObjectNode plan = imported();
        ObjectNode training = task(plan, "II.2.1-1").deepCopy();
        ObjectNode festival = task(plan, "II.4.1-1").deepCopy();
        eachTask(plan.get("sections"), (tasks, index, task) -> {
            if (task.get("id").asText().equals("II.2.1-1")) {
                tasks.set(index, festival);
            } else if (task.get("id").asText().equals("II.4.1-1")) {
                tasks.set(index, training);
            }
        });

        assertThat(check(plan).findings()).isEmpty();
    }
}
