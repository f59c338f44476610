package vn.campaign.validation;

import static vn.campaign.validation.Scenario.finding;
import static vn.campaign.finding.Severity.ERROR;
import static vn.campaign.finding.Severity.INFO;
import static vn.campaign.finding.Severity.WARNING;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.campaign.finding.Severity;
import vn.campaign.internal.validation.ConstraintFindings;
import vn.campaign.internal.validation.ValidatorSetup;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.Channel;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.Extensions;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

/**
 * One failing and one passing scenario for every built-in finding code, on the {@link DistrictPlan}
 * fixture. {@code docs/findings.md} shows the same cases as JSON.
 */
final class FindingScenarios {

    private static final String PROPAGANDA = "/sections/1/subsections/0/tasks/0";
    private static final String TRAINING = "/sections/1/subsections/1/tasks/0";
    private static final String FESTIVAL = "/sections/1/subsections/2/tasks/0";
    private static final String COMMUNES_REVIEW = "/sections/3/subsections/2/tasks/0";

    private static final Validator TOY_VALIDATOR = ValidatorSetup.buildFactory().getValidator();

    private static final Map<ValidationCode, Scenario> ALL = build();

    private FindingScenarios() {
    }

    static Map<ValidationCode, Scenario> all() {
        return ALL;
    }

    static List<Scenario> constraintScenarios() {
        return select(Set.of(ValidationCode.BLANK_TEXT, ValidationCode.EMPTY_LIST, ValidationCode.INVALID_ID,
                ValidationCode.NEGATIVE_AMOUNT, ValidationCode.TASK_WITHOUT_TEXT, ValidationCode.SIGNATURE_WITHOUT_PRINCIPAL,
                ValidationCode.CONSTRAINT_VIOLATED), true);
    }

    static List<Scenario> ruleScenarios() {
        return select(constraintScenarios().stream().map(Scenario::code).collect(Collectors.toSet()), false);
    }

    private static List<Scenario> select(Set<ValidationCode> codes, boolean in) {
        return ALL.values().stream().filter(s -> codes.contains(s.code()) == in).collect(Collectors.toList());
    }

    private static Map<ValidationCode, Scenario> build() {
        Map<ValidationCode, Scenario> map = new EnumMap<>(ValidationCode.class);
        for (Scenario scenario : List.of(
                // Constraints on the model.
                Scenario.of(ValidationCode.BLANK_TEXT, "place written as spaces",
                        p -> p.place = Optional.of(" \u00a0"),
                        List.of(finding(ValidationCode.BLANK_TEXT, ERROR, "/place")),
                        "place written", p -> p.place = Optional.of("Kon Rẫy")),
                Scenario.of(ValidationCode.EMPTY_LIST, "a task with no kind",
                        p -> p.task("training", t -> copy(t, List.of(), t.contents())),
                        List.of(finding(ValidationCode.EMPTY_LIST, ERROR, TRAINING + "/kinds")),
                        "a task with one kind", p -> p.task("training", t -> t)),
                Scenario.of(ValidationCode.INVALID_ID, "a task id with a space and Vietnamese letters",
                        p -> p.task("district-inspection", t -> t.toBuilder().id("kiểm tra").build()),
                        List.of(finding(ValidationCode.INVALID_ID, ERROR, "/sections/3/subsections/0/tasks/0/id",
                                "kiểm tra")),
                        "an ASCII id with dots, dashes and underscores",
                        p -> p.task("district-inspection", t -> t.toBuilder().id("IV.1_kiem-tra").build())),
                Scenario.of(ValidationCode.NEGATIVE_AMOUNT, "a budget line of -15.000.000 đồng",
                        p -> p.budgetLines.set(0, line(Money.vnd(-15_000_000))),
                        List.of(finding(ValidationCode.NEGATIVE_AMOUNT, ERROR, "/funding/budgetLines/0/amount",
                                "-15.000.000 đồng")),
                        "a budget line of 0 đồng", p -> p.budgetLines.set(0, line(Money.ZERO))),
                Scenario.of(ValidationCode.TASK_WITHOUT_TEXT, "a task with kinds and a schedule only",
                        p -> p.task("communes-review", t -> Task.builder(t.id()).kinds(TaskKind.INTERIM_REVIEW)
                                .schedule(Schedule.year(2024)).build()),
                        List.of(finding(ValidationCode.TASK_WITHOUT_TEXT, WARNING, COMMUNES_REVIEW, "communes-review")),
                        "a task with only a form", p -> p.task("communes-review", t -> Task.builder(t.id())
                                .kinds(TaskKind.INTERIM_REVIEW).form("Hội nghị sơ kết").build())),
                Scenario.of(ValidationCode.SIGNATURE_WITHOUT_PRINCIPAL, "“TM.” with no collective",
                        p -> p.signature = Optional.of(new Signature(Optional.of(SigningAuthority.ON_BEHALF_OF), Optional.empty(),
                                "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung", Extensions.empty())),
                        List.of(finding(ValidationCode.SIGNATURE_WITHOUT_PRINCIPAL, WARNING, "/signature", "TM.")),
                        "“Q.” (acting), which names no one",
                        p -> p.signature = Optional.of(new Signature(Optional.of(SigningAuthority.ACTING), Optional.empty(),
                                "CHỦ TỊCH", "Huỳnh Minh Trung", Extensions.empty()))),
                new Scenario(ValidationCode.CONSTRAINT_VIOLATED, "a @Size constraint, which has no code of its own",
                        () -> validateToy(new Toy("abc")),
                        List.of(finding(ValidationCode.CONSTRAINT_VIOLATED, ERROR, "/name", "@Size")), Set.of(),
                        "the same bean within its @Size", () -> validateToy(new Toy("ab"))),

                // The parts of the document.
                Scenario.of(ValidationCode.PLAN_NUMBER_MISSING, "no number", p -> p.number = Optional.empty(),
                        List.of(finding(ValidationCode.PLAN_NUMBER_MISSING, WARNING, "/number")),
                        "numbered", p -> { }),
                Scenario.of(ValidationCode.PLAN_DATE_MISSING, "no date", p -> p.date = Optional.empty(),
                        List.of(finding(ValidationCode.PLAN_DATE_MISSING, WARNING, "/date")),
                        "dated", p -> { }),
                Scenario.of(ValidationCode.PLAN_PLACE_MISSING, "no place", p -> p.place = Optional.empty(),
                        List.of(finding(ValidationCode.PLAN_PLACE_MISSING, INFO, "/place")),
                        "placed", p -> { }),
                Scenario.of(ValidationCode.PLAN_SIGNATURE_MISSING, "no signature", p -> p.signature = Optional.empty(),
                        List.of(finding(ValidationCode.PLAN_SIGNATURE_MISSING, WARNING, "/signature")),
                        "signed", p -> { }),
                Scenario.of(ValidationCode.PLAN_RECIPIENTS_MISSING, "no recipients (and so no other recipient finding)",
                        p -> p.recipients.clear(),
                        List.of(finding(ValidationCode.PLAN_RECIPIENTS_MISSING, WARNING, "/recipients")),
                        "a file copy only",
                        p -> p.recipients.retainAll(List.of(Recipient.of("VT", RecipientPurpose.FILE_COPY))))
                        .alsoGiving(ValidationCode.SUPERIOR_NOT_INFORMED.code()),

                // Numbers and symbols.
                Scenario.of(ValidationCode.NUMBER_TYPE_MISMATCH, "a plan numbered as a guidance (HD)",
                        p -> p.number = Optional.of(DocumentNumber.parse("15/HD-MTTQ-BTT")),
                        List.of(finding(ValidationCode.NUMBER_TYPE_MISMATCH, ERROR, "/number", "15/HD-MTTQ-BTT", "HD",
                                "KH")),
                        "a plan numbered KH", p -> { }),
                Scenario.of(ValidationCode.NUMBER_ISSUER_MISMATCH, "the issuer code MTTQ for an issuer whose code is MTTQ-BTT",
                        p -> p.number = Optional.of(DocumentNumber.parse("15/KH-MTTQ")),
                        List.of(finding(ValidationCode.NUMBER_ISSUER_MISMATCH, WARNING, "/number", "15/KH-MTTQ", "MTTQ",
                                "MTTQ-BTT")),
                        "an issuer without a symbol code",
                        p -> p.actor(DistrictPlan.ISSUER, a -> new Actor(a.id(), a.kind(), a.level(), a.name(),
                                a.unit(), a.parentId(), Optional.empty(), a.plural(), a.extensions()))
                                .number = Optional.of(DocumentNumber.parse("15/KH-MTTQ"))),
                Scenario.of(ValidationCode.NUMBER_YEAR_MISMATCH, "Circular 121/2017 dated in 2018",
                        p -> p.reference("tt-121-2017", r -> r.withDate(LocalDate.of(2018, 11, 15))),
                        List.of(finding(ValidationCode.NUMBER_YEAR_MISMATCH, WARNING, "/references/2/number",
                                "121/2017/TT-BTC", "2017", "2018-11-15")),
                        "Circular 121/2017 dated 31/12/2017",
                        p -> p.reference("tt-121-2017", r -> r.withDate(LocalDate.of(2017, 12, 31)))),

                // Dates.
                Scenario.of(ValidationCode.PLAN_DATE_AFTER_PERIOD, "dated 01/01/2025 for 2024",
                        p -> p.date = Optional.of(LocalDate.of(2025, 1, 1)),
                        List.of(finding(ValidationCode.PLAN_DATE_AFTER_PERIOD, ERROR, "/date", "2025-01-01",
                                "2024-01-01/2024-12-31")),
                        "dated 31/12/2024, the last day", p -> p.date = Optional.of(LocalDate.of(2024, 12, 31))),
                Scenario.of(ValidationCode.PLAN_DATE_FAR_BEFORE_PERIOD, "dated 31/12/2022 for 2024",
                        p -> p.date = Optional.of(LocalDate.of(2022, 12, 31)),
                        List.of(finding(ValidationCode.PLAN_DATE_FAR_BEFORE_PERIOD, WARNING, "/date", "2022-12-31",
                                "2024-01-01/2024-12-31", "2023-01-01")),
                        "dated 01/01/2023", p -> p.date = Optional.of(LocalDate.of(2023, 1, 1)))
                        .alsoGiving(ValidationCode.REFERENCE_AFTER_PLAN.code()),
                Scenario.of(ValidationCode.REFERENCE_AFTER_PLAN, "the parent plan dated after the plan",
                        p -> p.reference("kh-457-2024", r -> r.withDate(LocalDate.of(2024, 3, 1))),
                        List.of(finding(ValidationCode.REFERENCE_AFTER_PLAN, ERROR, "/references/0/date",
                                "457/KH-MTTQ-BTT", "2024-03-01", "2024-02-01")),
                        "the parent plan dated the same day",
                        p -> p.reference("kh-457-2024", r -> r.withDate(LocalDate.of(2024, 2, 1)))),

                // References inside the plan.
                Scenario.of(ValidationCode.UNKNOWN_ACTOR, "a recipient naming an actor the plan lacks",
                        p -> p.recipients.add(0, Recipient.of("Thường trực Huyện ủy", RecipientPurpose.REPORT,
                                "district-party-committee")),
                        List.of(finding(ValidationCode.UNKNOWN_ACTOR, ERROR, "/recipients/0/actorIds/0",
                                "district-party-committee")),
                        "the actor added", p -> {
                            p.recipients.add(0, Recipient.of("Thường trực Huyện ủy", RecipientPurpose.REPORT,
                                    "district-party-committee"));
                            p.actors.add(Actor.of("district-party-committee", ActorKind.PARTY_COMMITTEE,
                                    AdministrativeLevel.DISTRICT, "Thường trực Huyện ủy"));
                        }),
                Scenario.of(ValidationCode.UNKNOWN_REFERENCE, "a task following a guidance the plan does not list",
                        p -> p.task("great-unity-festival", t -> t.toBuilder().guidance("hd-district").build()),
                        List.of(finding(ValidationCode.UNKNOWN_REFERENCE, ERROR, FESTIVAL + "/guidanceIds/1",
                                "hd-district")),
                        "a task following a listed guidance", p -> { }),
                Scenario.of(ValidationCode.UNKNOWN_TASK, "a budget line for a task the plan lacks",
                        p -> p.budgetLines.set(0, p.budgetLines.get(0).forTask("festival")),
                        List.of(finding(ValidationCode.UNKNOWN_TASK, ERROR, "/funding/budgetLines/0/taskId", "festival")),
                        "a budget line for an existing task",
                        p -> p.budgetLines.set(0, p.budgetLines.get(0).forTask("great-unity-festival"))),
                Scenario.of(ValidationCode.UNKNOWN_SECTION, "a budget line for a section the plan lacks",
                        p -> p.budgetLines.set(1, p.budgetLines.get(1).forSection("II.9")),
                        List.of(finding(ValidationCode.UNKNOWN_SECTION, ERROR, "/funding/budgetLines/1/sectionId",
                                "II.9")),
                        "a budget line for a subsection", p -> p.budgetLines.set(1,
                                p.budgetLines.get(1).forSection("IV.3"))),
                Scenario.of(ValidationCode.UNKNOWN_FUNDING_SOURCE, "a budget line from a source the plan lacks",
                        p -> p.budgetLines.set(0, BudgetLine.of("line-propaganda", FundingItem.PROPAGANDA,
                                "province-budget", Money.vnd(15_000_000))),
                        List.of(finding(ValidationCode.UNKNOWN_FUNDING_SOURCE, ERROR, "/funding/budgetLines/0/sourceId",
                                "province-budget")),
                        "a budget line from the socialised source", p -> p.budgetLines.set(0,
                                BudgetLine.of("line-propaganda", FundingItem.PROPAGANDA, "socialised",
                                        Money.vnd(15_000_000)))),
                Scenario.of(ValidationCode.DUPLICATE_ID, "two tasks with the id “training”",
                        p -> p.task("communes-review", t -> t.toBuilder().id("training").build()),
                        List.of(finding(ValidationCode.DUPLICATE_ID, ERROR, COMMUNES_REVIEW + "/id", "training",
                                TRAINING)),
                        "a task and a section with the same id (ids are unique per kind)",
                        p -> p.task("communes-review", t -> t.toBuilder().id("IV.3").build())),
                Scenario.of(ValidationCode.ACTOR_CYCLE, "the province Front Committee placed under the district's",
                        p -> p.actor("province-front-committee", a -> a.withParent("district-front-committee")),
                        List.of(finding(ValidationCode.ACTOR_CYCLE, ERROR, "/actors/0/parentId",
                                "district-front-committee → province-front-committee → district-front-committee")),
                        "the province Front Committee under the centre's Standing Committee",
                        p -> p.actor("province-front-committee", a -> a.withParent("central-standing-committee"))),

                // Schedules.
                Scenario.of(ValidationCode.SCHEDULE_OUTSIDE_PERIOD, "the festival in Q3, Q4/2025 of a 2024 plan",
                        p -> p.task("great-unity-festival", t -> t.toBuilder().schedule(Schedule.quarters(2025, 3, 4))
                                .build()),
                        List.of(finding(ValidationCode.SCHEDULE_OUTSIDE_PERIOD, ERROR, FESTIVAL + "/schedule",
                                "Quý III, IV/2025", "2024-01-01/2024-12-31")),
                        "the festival in Q3, Q4/2024", p -> { }),
                Scenario.of(ValidationCode.SCHEDULE_PARTLY_OUTSIDE_PERIOD, "a review from 01/12/2024 to 31/01/2025",
                        p -> p.task("communes-review", t -> t.toBuilder()
                                .schedule(Schedule.between(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 31)))
                                .build()),
                        List.of(finding(ValidationCode.SCHEDULE_PARTLY_OUTSIDE_PERIOD, WARNING,
                                COMMUNES_REVIEW + "/schedule", "Từ ngày 01/12/2024 đến ngày 31/01/2025",
                                "2024-01-01/2024-12-31")),
                        "a review from 01/12/2024 to 31/12/2024", p -> p.task("communes-review", t -> t.toBuilder()
                                .schedule(Schedule.between(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)))
                                .build())),

                // Content.
                Scenario.of(ValidationCode.PROPAGANDA_MISSING, "the propaganda task made a training",
                        p -> p.task("propaganda", t -> copy(t, List.of(TaskKind.TRAINING), t.contents())),
                        List.of(finding(ValidationCode.PROPAGANDA_MISSING, WARNING, "/sections")),
                        "propaganda as a task's second kind",
                        p -> p.task("propaganda", t -> copy(t, List.of(TaskKind.TRAINING, TaskKind.PROPAGANDA),
                                t.contents()))),
                Scenario.of(ValidationCode.PROPAGANDA_CONTENTS_INCOMPLETE, "propaganda of contents 1, 3 and 4",
                        p -> p.task("propaganda", t -> withContents(t, CampaignContent.ECONOMY_POVERTY_REDUCTION,
                                CampaignContent.ENVIRONMENT_CLIMATE, CampaignContent.LAW_PUBLIC_ORDER)),
                        List.of(finding(ValidationCode.PROPAGANDA_CONTENTS_INCOMPLETE, WARNING, PROPAGANDA + "/contents",
                                "2, 5")),
                        "two propaganda tasks that together address all five", p -> p
                                .task("propaganda", t -> withContents(t, CampaignContent.ECONOMY_POVERTY_REDUCTION,
                                        CampaignContent.ENVIRONMENT_CLIMATE, CampaignContent.LAW_PUBLIC_ORDER))
                                .task("members-models", t -> t.toBuilder().kinds(TaskKind.PROPAGANDA)
                                        .contents(CampaignContent.CULTURE_EDUCATION_HEALTH,
                                                CampaignContent.DEMOCRACY_SUPERVISION).build())),

                // Recipients and signature.
                Scenario.of(ValidationCode.SUPERIOR_NOT_INFORMED, "the province receives for information, not (B/c)",
                        p -> p.recipients.set(0, Recipient.of("BTT UBMTTQVN tỉnh", RecipientPurpose.INFORMATION,
                                "province-standing-committee")),
                        List.of(finding(ValidationCode.SUPERIOR_NOT_INFORMED, WARNING, "/recipients",
                                DistrictPlan.ISSUER_NAME)),
                        "the centre for report, which is above the district too",
                        p -> p.recipients.set(0, Recipient.of("BTT UBTWMTTQVN", RecipientPurpose.REPORT,
                                "central-standing-committee"))),
                Scenario.of(ValidationCode.FILE_COPY_MISSING, "no “Lưu VT”", p -> p.recipients.remove(3),
                        List.of(finding(ValidationCode.FILE_COPY_MISSING, INFO, "/recipients")),
                        "“Lưu VT” first", p -> p.recipients.add(0, p.recipients.remove(3))),
                Scenario.of(ValidationCode.SIGNING_AUTHORITY_MISMATCH, "a Standing Committee plan signed with no authority",
                        p -> p.signature = Optional.of(Signature.ofHead("PHÓ CHỦ TỊCH", "Huỳnh Minh Trung")),
                        List.of(finding(ValidationCode.SIGNING_AUTHORITY_MISMATCH, WARNING, "/signature/authority",
                                DistrictPlan.ISSUER_NAME, "PHÓ CHỦ TỊCH")),
                        "“KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”", p -> p.signature = Optional.of(Signature.of(
                                SigningAuthority.FOR_THE_HEAD, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung"))),

                // Sections.
                Scenario.of(ValidationCode.DUPLICATE_SECTION_NUMBER, "two subsections “2” in section IV, as in Kon Rẫy",
                        p -> p.section("IV.3", s -> new Section(s.id(), "2", s.heading(), s.kind(), s.actorId(),
                                s.paragraphs(), s.tasks(), s.subsections(), s.extensions())),
                        List.of(finding(ValidationCode.DUPLICATE_SECTION_NUMBER, WARNING, "/sections/3/subsections/2/number",
                                "2", DistrictPlan.MEMBERS_HEADING)),
                        "the same number in different parents (“1” under I and under II)", p -> { }),

                // Recipients.
                Scenario.of(ValidationCode.DUPLICATE_RECIPIENT, "“Uỷ ban nhân dân huyện” and “Ủy ban nhân dân huyện”",
                        p -> {
                            p.recipients.add(Recipient.of("Uỷ ban nhân dân huyện", RecipientPurpose.INFORMATION));
                            p.recipients.add(Recipient.of("Ủy ban nhân dân huyện", RecipientPurpose.INFORMATION));
                        },
                        List.of(finding(ValidationCode.DUPLICATE_RECIPIENT, WARNING, "/recipients/5/name",
                                "Ủy ban nhân dân huyện", "Uỷ ban nhân dân huyện")),
                        "“Uỷ ban nhân dân huyện” once", p -> p.recipients.add(
                                Recipient.of("Uỷ ban nhân dân huyện", RecipientPurpose.INFORMATION))))) {
            map.put(scenario.code(), scenario);
        }
        return map;
    }

    private static BudgetLine line(Money amount) {
        return BudgetLine.of("line-propaganda", FundingItem.PROPAGANDA, "state-budget", amount).forTask("propaganda");
    }

    private static Task withContents(Task task, CampaignContent... contents) {
        return copy(task, task.kinds(), List.of(contents));
    }

    /** Returns the task with other kinds and contents, everything else kept. */
    private static Task copy(Task task, List<TaskKind> kinds, List<CampaignContent> contents) {
        Task.Builder builder = Task.builder(task.id()).kinds(kinds.toArray(TaskKind[]::new))
                .channels(task.channels().toArray(Channel[]::new)).contents(contents.toArray(CampaignContent[]::new))
                .assignments(task.assignments()).guidance(task.guidanceIds().toArray(String[]::new))
                .implementsTasks(task.implementsTasks()).optional(task.optional())
                .discretionary(task.discretionary()).extensions(task.extensions());
        task.description().ifPresent(builder::description);
        task.content().ifPresent(builder::content);
        task.form().ifPresent(builder::form);
        task.schedule().ifPresent(builder::schedule);
        return builder.build();
    }

    /** A bean outside the model, to show how a constraint without a code of its own is reported. */
    record Toy(@Size(max = 2) String name) {
    }

    private static ValidationReport validateToy(Toy toy) {
        return ValidationReport.of(TOY_VALIDATOR.validate(toy).stream().map(ConstraintFindings::toFinding)
                .collect(Collectors.toList()));
    }
}
