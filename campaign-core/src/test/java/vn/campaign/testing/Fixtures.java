package vn.campaign.testing;

import java.time.LocalDate;
import java.util.List;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingItem;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Role;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

/**
 * A province parent and a district child that comply with each other with no finding; each test
 * changes one part.
 *
 * <pre>
 * parent /sections/0/tasks/0 p-propaganda (all levels, ongoing)
 *        /sections/0/tasks/1 p-festival   (districts, Tháng 10, 11/2024)
 *        /sections/0/tasks/2 p-review     (districts, INTERIM_REVIEW, Tháng 6, 7/2024)
 *        /sections/0/tasks/3 p-own        (province only)
 * child  /sections/0/tasks/0 propaganda -> p-propaganda
 *        /sections/0/tasks/1 festival   -> p-festival  (Tháng 11/2024)
 *        /sections/0/tasks/2 review     -> p-review    (Tháng 6/2024)
 *        /references/0 kh-457 (IMPLEMENTS), /recipients/0 province (B/c)
 *        /funding/budgetLines/0 commune support 20.000.000 from the state budget
 * </pre>
 */
public final class Fixtures {

    public static final String REF = "kh-457";

    private Fixtures() {
    }

    public static Actor province() {
        return Actor.of("province-standing-committee", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.PROVINCE,
                "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh").withUnit("tỉnh Kon Tum").withSymbolCode("MTTQ-BTT");
    }

    public static Actor districts() {
        return Actor.of("district-standing-committees", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.DISTRICT,
                "Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố").asPlural();
    }

    public static Plan parent() {
        return Plan.builder().number(DocumentNumber.parse("457/KH-MTTQ-BTT")).date(LocalDate.of(2024, 1, 12))
                .issuer("province-standing-committee").title("triển khai Cuộc vận động năm 2024")
                .period(DateRange.ofYear(2024)).campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .sections(Section.builder("II", "II", "NỘI DUNG").kind(SectionKind.CONTENT).tasks(
                        Task.builder("p-propaganda").kinds(TaskKind.PROPAGANDA).schedule(Schedule.ongoing())
                                .assign("all-levels", Role.LEAD).build(),
                        Task.builder("p-festival").kinds(TaskKind.GREAT_UNITY_FESTIVAL)
                                .schedule(Schedule.months(2024, 10, 11))
                                .assign("district-standing-committees", Role.LEAD).build(),
                        Task.builder("p-review").kinds(TaskKind.INTERIM_REVIEW).schedule(Schedule.months(2024, 6, 7))
                                .assign("district-standing-committees", Role.LEAD).build(),
                        Task.builder("p-own").kinds(TaskKind.TRAINING).assign("province-standing-committee", Role.LEAD)
                                .build()).build())
                .actors(province(), districts(),
                        Actor.atAllLevels("all-levels", ActorKind.STANDING_COMMITTEE, "Ban Thường trực các cấp"))
                .build();
    }

    public static Task.Builder propaganda() {
        return Task.builder("propaganda").kinds(TaskKind.PROPAGANDA).schedule(Schedule.ongoing())
                .implementsTask(REF, "p-propaganda");
    }

    public static Task.Builder festival() {
        return Task.builder("festival").kinds(TaskKind.GREAT_UNITY_FESTIVAL).schedule(Schedule.months(2024, 11))
                .assign("commune-standing-committees", Role.LEAD).implementsTask(REF, "p-festival");
    }

    public static Task.Builder review() {
        return Task.builder("review").kinds(TaskKind.INTERIM_REVIEW).schedule(Schedule.months(2024, 6))
                .implementsTask(REF, "p-review");
    }

    public static Plan.Builder child(Task... tasks) {
        return Plan.builder().number(DocumentNumber.parse("15/KH-MTTQ-BTT")).date(LocalDate.of(2024, 2, 1))
                .issuer("district-standing-committee").title("triển khai Cuộc vận động trên địa bàn huyện năm 2024")
                .period(DateRange.ofYear(2024)).campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .references(DocumentReference.of(REF, ReferenceRelation.IMPLEMENTS,
                        DocumentNumber.parse("457/KH-MTTQ-BTT"), LocalDate.of(2024, 1, 12))
                        .withIssuer("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "province-standing-committee"))
                .sections(Section.builder("II", "II", "NỘI DUNG").kind(SectionKind.CONTENT).tasks(tasks).build())
                .funding(Funding.of(List.of(
                        FundingSource.of("state-budget", FundingSourceKind.STATE_BUDGET, "Ngân sách Nhà nước"),
                        FundingSource.of("socialised", FundingSourceKind.SOCIALISED, "Nguồn xã hội hóa")),
                        List.of(BudgetLine.of("support", FundingItem.COMMUNE_FRONT_SUPPORT, "state-budget",
                                Money.vnd(20_000_000)))))
                .recipients(Recipient.of("BTT UBMTTQVN tỉnh", RecipientPurpose.REPORT, "province-standing-committee"))
                .actors(Actor.of("district-standing-committee", ActorKind.STANDING_COMMITTEE,
                                AdministrativeLevel.DISTRICT, "Ban Thường trực Ủy ban MTTQ Việt Nam huyện")
                                .withUnit("huyện Kon Rẫy"),
                        province(),
                        Actor.of("commune-standing-committees", ActorKind.STANDING_COMMITTEE,
                                AdministrativeLevel.COMMUNE, "Ban Thường trực Ủy ban MTTQ các xã, thị trấn").asPlural());
    }

    public static Plan.Builder child() {
        return child(propaganda().build(), festival().build(), review().build());
    }

    public static ComplianceReport check(Plan child) {
        return check(child, parent());
    }

    public static ComplianceReport check(Plan child, Plan parent) {
        return ComplianceChecker.create().check(new NamedPlan("child.json", child), new NamedPlan("parent.json", parent));
    }
}
