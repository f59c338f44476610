package vn.campaign.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.Channel;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
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
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

/**
 * A small, realistic district plan that validates with no finding, modelled on the Kon Rẫy 2024 plan
 * but complete: numbered, dated, placed, with a budget. Each test changes one part (the fields are
 * open on purpose) and builds.
 *
 * <p>Where things are, for the expected pointers:
 * <pre>
 * /sections/0                         I   objectives (subsections 1 purpose, 2 requirement)
 * /sections/1/subsections/0/tasks/0   II.1 task "propaganda" (five contents, ongoing)
 * /sections/1/subsections/1/tasks/0   II.2 task "training" (year 2024)
 * /sections/1/subsections/2/tasks/0   II.3 task "great-unity-festival" (Q3, Q4/2024; guidance hd-113-2023)
 * /sections/2                         III funding
 * /sections/3/subsections/0/tasks/0   IV.1 district Standing Committee: "district-inspection"
 * /sections/3/subsections/1/tasks/0   IV.2 member organisations: "members-models"
 * /sections/3/subsections/2/tasks/0   IV.3 commune Standing Committees: "communes-review"
 * /references/0 kh-457-2024, /1 hd-113-2023, /2 tt-121-2017
 * /funding/budgetLines/0 line-propaganda (task propaganda), /1 line-training (section II.2)
 * /recipients/0 province (B/c), /1 communes (T/h), /2 members (P/h), /3 Lưu VT
 * </pre>
 */
final class DistrictPlan {

    static final String ISSUER = "district-standing-committee";
    static final String ISSUER_NAME = "Ban Thường trực Ủy ban MTTQ Việt Nam huyện";
    static final String MEMBERS_HEADING = "Các tổ chức thành viên Ủy ban MTTQ Việt Nam huyện";

    DocumentType type = DocumentType.PLAN;
    Optional<DocumentNumber> number = Optional.of(DocumentNumber.parse("15/KH-MTTQ-BTT"));
    String issuerId = ISSUER;
    Optional<String> place = Optional.of("Kon Rẫy");
    Optional<LocalDate> date = Optional.of(LocalDate.of(2024, 2, 1));
    DateRange period = DateRange.ofYear(2024);
    List<DocumentReference> references = new ArrayList<>(references());
    List<Section> sections = new ArrayList<>(sections());
    List<FundingSource> sources = new ArrayList<>(sources());
    List<BudgetLine> budgetLines = new ArrayList<>(budgetLines());
    List<Recipient> recipients = new ArrayList<>(recipients());
    Optional<Signature> signature =
            Optional.of(Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung"));
    List<Actor> actors = new ArrayList<>(actors());

    /**
     * Returns the fixture, valid.
     *
     * @return a new fixture
     */
    static DistrictPlan valid() {
        return new DistrictPlan();
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     */
    Plan build() {
        Plan.Builder builder = Plan.builder().type(type).issuer(issuerId)
                .title("triển khai thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” "
                        + "trên địa bàn huyện năm 2024")
                .period(period).campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .references(references.toArray(DocumentReference[]::new))
                .preamble("Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng Kế hoạch như sau:")
                .replaceSections(sections).funding(Funding.of(sources, budgetLines))
                .recipients(recipients.toArray(Recipient[]::new)).actors(actors.toArray(Actor[]::new));
        number.ifPresent(builder::number);
        place.ifPresent(builder::place);
        date.ifPresent(builder::date);
        signature.ifPresent(builder::signature);
        return builder.build();
    }

    /**
     * Replaces the task with an id, wherever it is.
     *
     * @param id the task id
     * @param change what to do with it
     * @return this fixture
     */
    DistrictPlan task(String id, UnaryOperator<Task> change) {
        sections.replaceAll(section -> mapTasks(section, task -> task.id().equals(id) ? change.apply(task) : task));
        return this;
    }

    /**
     * Replaces the section with an id, wherever it is.
     *
     * @param id the section id
     * @param change what to do with it
     * @return this fixture
     */
    DistrictPlan section(String id, UnaryOperator<Section> change) {
        sections.replaceAll(section -> mapSections(section, id, change));
        return this;
    }

    /**
     * Replaces the actor with an id.
     *
     * @param id the actor id
     * @param change what to do with it
     * @return this fixture
     */
    DistrictPlan actor(String id, UnaryOperator<Actor> change) {
        actors.replaceAll(actor -> actor.id().equals(id) ? change.apply(actor) : actor);
        return this;
    }

    /**
     * Replaces the reference with an id.
     *
     * @param id the reference id
     * @param change what to do with it
     * @return this fixture
     */
    DistrictPlan reference(String id, UnaryOperator<DocumentReference> change) {
        references.replaceAll(reference -> reference.id().equals(id) ? change.apply(reference) : reference);
        return this;
    }

    private static Section mapTasks(Section section, UnaryOperator<Task> change) {
        return new Section(section.id(), section.number(), section.heading(), section.kind(), section.actorId(),
                section.paragraphs(), section.tasks().stream().map(change).collect(Collectors.toList()),
                section.subsections().stream().map(sub -> mapTasks(sub, change)).collect(Collectors.toList()),
                section.extensions());
    }

    private static Section mapSections(Section section, String id, UnaryOperator<Section> change) {
        Section mapped = new Section(section.id(), section.number(), section.heading(), section.kind(),
                section.actorId(), section.paragraphs(), section.tasks(),
                section.subsections().stream().map(sub -> mapSections(sub, id, change)).collect(Collectors.toList()),
                section.extensions());
        return section.id().equals(id) ? change.apply(mapped) : mapped;
    }

    static List<Actor> actors() {
        return List.of(
                Actor.of("district-front-committee", ActorKind.FRONT_COMMITTEE, AdministrativeLevel.DISTRICT,
                        "Ủy ban MTTQ Việt Nam huyện").withUnit("huyện Kon Rẫy").withParent("province-front-committee"),
                Actor.of(ISSUER, ActorKind.STANDING_COMMITTEE, AdministrativeLevel.DISTRICT, ISSUER_NAME)
                        .withUnit("huyện Kon Rẫy").withParent("district-front-committee").withSymbolCode("MTTQ-BTT"),
                Actor.of("province-front-committee", ActorKind.FRONT_COMMITTEE, AdministrativeLevel.PROVINCE,
                        "Ủy ban MTTQ Việt Nam tỉnh").withUnit("tỉnh Kon Tum"),
                Actor.of("province-standing-committee", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.PROVINCE,
                        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh").withUnit("tỉnh Kon Tum")
                        .withParent("province-front-committee").withSymbolCode("MTTQ-BTT"),
                Actor.of("central-standing-committee", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.CENTRAL,
                        "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam").withSymbolCode("MTTW-BTT"),
                Actor.of("ministry-of-finance", ActorKind.STATE_AGENCY, AdministrativeLevel.CENTRAL, "Bộ Tài chính")
                        .withSymbolCode("BTC"),
                Actor.of("commune-standing-committees", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.COMMUNE,
                        "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn").asPlural(),
                Actor.of("district-member-organisations", ActorKind.MEMBER_ORGANISATION, AdministrativeLevel.DISTRICT,
                        MEMBERS_HEADING).asPlural().withParent("district-front-committee"));
    }

    static List<DocumentReference> references() {
        return List.of(
                DocumentReference.of("kh-457-2024", ReferenceRelation.IMPLEMENTS,
                                DocumentNumber.parse("457/KH-MTTQ-BTT"), LocalDate.of(2024, 1, 12))
                        .withIssuer("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "province-standing-committee"),
                DocumentReference.of("hd-113-2023", ReferenceRelation.GUIDANCE,
                                DocumentNumber.parse("113/HD-MTTW-BTT"), LocalDate.of(2023, 12, 29))
                        .withIssuer("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "central-standing-committee"),
                DocumentReference.of("tt-121-2017", ReferenceRelation.FUNDING_BASIS,
                                DocumentNumber.parse("121/2017/TT-BTC"), LocalDate.of(2017, 11, 15))
                        .withIssuer("Bộ Tài chính", "ministry-of-finance"));
    }

    static List<Section> sections() {
        return List.of(
                Section.builder("I", "I", "MỤC ĐÍCH - YÊU CẦU").kind(SectionKind.OBJECTIVES)
                        .subsections(
                                Section.builder("I.1", "1", "Mục đích").kind(SectionKind.PURPOSE)
                                        .paragraphs("Tiếp tục xây dựng, củng cố và phát huy khối đại đoàn kết toàn dân tộc.")
                                        .build(),
                                Section.builder("I.2", "2", "Yêu cầu").kind(SectionKind.REQUIREMENT)
                                        .paragraphs("Việc triển khai đảm bảo hiệu quả thiết thực, tránh hình thức.")
                                        .build())
                        .build(),
                Section.builder("II", "II", "NỘI DUNG THỰC HIỆN CUỘC VẬN ĐỘNG").kind(SectionKind.CONTENT)
                        .subsections(
                                Section.builder("II.1", "1", "Công tác tuyên truyền, vận động các tầng lớp Nhân dân")
                                        .kind(SectionKind.CONTENT)
                                        .tasks(Task.builder("propaganda").kinds(TaskKind.PROPAGANDA)
                                                .content("Thực hiện tuyên truyền 05 nội dung Cuộc vận động.")
                                                .form("Tuyên truyền trực tiếp qua các hội nghị nhân dân, cuộc họp; qua "
                                                        + "Trang thông tin điện tử huyện, mạng xã hội chính thống.")
                                                .channels(Channel.PEOPLES_MEETING, Channel.MEETING, Channel.WEBSITE)
                                                .contents(CampaignContent.values())
                                                .schedule(Schedule.ongoing())
                                                .build())
                                        .build(),
                                Section.builder("II.2", "2", "Tổ chức các hội nghị tập huấn").kind(SectionKind.CONTENT)
                                        .tasks(Task.builder("training").kinds(TaskKind.TRAINING)
                                                .description("Cử cán bộ tham gia tập huấn do Ban Thường trực Ủy ban "
                                                        + "MTTQ Việt Nam tỉnh tổ chức.")
                                                .schedule(Schedule.year(2024))
                                                .assign("province-standing-committee", Role.LEAD)
                                                .build())
                                        .build(),
                                Section.builder("II.3", "3", "Ngày hội Đại đoàn kết toàn dân tộc")
                                        .kind(SectionKind.CONTENT)
                                        .tasks(Task.builder("great-unity-festival").kinds(TaskKind.GREAT_UNITY_FESTIVAL)
                                                .description("Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn xây "
                                                        + "dựng kế hoạch tổ chức Ngày hội tại khu dân cư.")
                                                .schedule(Schedule.quarters(2024, 3, 4))
                                                .assign("commune-standing-committees", Role.LEAD)
                                                .guidance("hd-113-2023")
                                                .build())
                                        .build())
                        .build(),
                Section.builder("III", "III", "KINH PHÍ THỰC HIỆN CUỘC VẬN ĐỘNG").kind(SectionKind.FUNDING).build(),
                Section.builder("IV", "IV", "TỔ CHỨC THỰC HIỆN").kind(SectionKind.ORGANISATION)
                        .subsections(
                                Section.builder("IV.1", "1", ISSUER_NAME).kind(SectionKind.ORGANISATION).actor(ISSUER)
                                        .tasks(Task.builder("district-inspection")
                                                .kinds(TaskKind.INSPECTION_SUPERVISION)
                                                .description("Thường xuyên kiểm tra, giám sát việc triển khai thực hiện "
                                                        + "Cuộc vận động trên địa bàn huyện.")
                                                .schedule(Schedule.ongoing())
                                                .build())
                                        .build(),
                                Section.builder("IV.2", "2", MEMBERS_HEADING).kind(SectionKind.ORGANISATION)
                                        .actor("district-member-organisations")
                                        .tasks(Task.builder("members-models").kinds(TaskKind.MODEL_BUILDING)
                                                .description("Phối hợp nguồn lực xây dựng và duy trì các mô hình.")
                                                .build())
                                        .build(),
                                Section.builder("IV.3", "3", "Ban Thường trực Ủy ban MTTQ các xã, thị trấn")
                                        .kind(SectionKind.ORGANISATION).actor("commune-standing-committees")
                                        .tasks(Task.builder("communes-review").kinds(TaskKind.INTERIM_REVIEW)
                                                .description("Tổ chức sơ kết việc thực hiện Cuộc vận động năm 2024.")
                                                .schedule(Schedule.year(2024))
                                                .build())
                                        .build())
                        .build());
    }

    static List<FundingSource> sources() {
        return List.of(
                FundingSource.of("state-budget", FundingSourceKind.STATE_BUDGET,
                        "Thực hiện theo Thông tư 121/2017/TT-BTC ngày 15/11/2017 của Bộ Tài chính.")
                        .withBasis("tt-121-2017"),
                FundingSource.of("socialised", FundingSourceKind.SOCIALISED,
                        "Từ nguồn vận động doanh nghiệp, tổ chức, cá nhân."));
    }

    static List<BudgetLine> budgetLines() {
        return List.of(
                BudgetLine.of("line-propaganda", FundingItem.PROPAGANDA, "state-budget", Money.vnd(15_000_000))
                        .forTask("propaganda"),
                BudgetLine.of("line-training", FundingItem.TRAINING, "state-budget", Money.vnd(10_000_000))
                        .forSection("II.2"));
    }

    static List<Recipient> recipients() {
        return List.of(
                Recipient.of("BTT UBMTTQVN tỉnh", RecipientPurpose.REPORT, "province-standing-committee"),
                Recipient.of("BTT UBMTTQVN các xã, thị trấn", RecipientPurpose.IMPLEMENTATION,
                        "commune-standing-committees"),
                Recipient.of("Các tổ chức thành viên", RecipientPurpose.COORDINATION, "district-member-organisations"),
                Recipient.of("VT", RecipientPurpose.FILE_COPY));
    }
}
