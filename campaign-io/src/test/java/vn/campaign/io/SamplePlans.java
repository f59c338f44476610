package vn.campaign.io;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.Channel;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Extensions;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingItem;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.Integration;
import vn.campaign.model.IntegrationKind;
import vn.campaign.model.LegalFacts;
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
 * Plans for the tests, after the 2024 plan of the Kon Rẫy district Front (the seed document),
 * extended with what that document lacks (a number, a date, a budget estimate, a closing line) and
 * with extensions at several depths, so that every member of the format appears at least once.
 */
final class SamplePlans {

    static final String CAMPAIGN = "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”";
    static final String ISSUER = "district-standing-committee";

    private SamplePlans() {
    }

    /** The smallest plan: only the required members. */
    static Plan minimal() {
        return Plan.builder()
                .issuer(ISSUER)
                .title("triển khai thực hiện Cuộc vận động năm 2024")
                .period(DateRange.ofYear(2024))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .build();
    }

    /** A full plan: every member of every record, every kind of schedule, extensions at four depths. */
    static Plan konRay() {
        return Plan.builder()
                .type(DocumentType.PLAN)
                .number(DocumentNumber.parse("15/KH-MTTQ-BTT"))
                .issuer(ISSUER)
                .place("Kon Rẫy")
                .date(LocalDate.of(2024, 2, 1))
                .title("triển khai thực hiện Cuộc vận động " + CAMPAIGN + " trên địa bàn huyện Kon Rẫy năm 2024")
                .period(DateRange.ofYear(2024))
                .campaign(new Campaign("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
                        Extensions.of(Map.of("launchedIn", "2015"))))
                .integrations(
                        Integration.of(IntegrationKind.CAMPAIGN, "Làm thay đổi nếp nghĩ, cách làm của đồng bào dân "
                                + "tộc thiểu số, làm cho đồng bào dân tộc thiểu số vươn lên thoát nghèo bền vững"),
                        Integration.of(IntegrationKind.MOVEMENT, "các phong trào thi đua yêu nước khác"))
                .references(
                        DocumentReference.of("kh-457-2024", ReferenceRelation.IMPLEMENTS,
                                        DocumentNumber.parse("457/KH-MTTQ-BTT"), LocalDate.of(2024, 1, 12))
                                .withIssuer("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "province-standing-committee")
                                .withSubject("về triển khai thực hiện Cuộc vận động " + CAMPAIGN + " năm 2024"),
                        DocumentReference.of("hd-113-2023", ReferenceRelation.GUIDANCE,
                                        DocumentNumber.parse("113/HD-MTTW-BTT"), LocalDate.of(2023, 12, 29))
                                .withIssuer("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", null),
                        DocumentReference.of("nq-26", ReferenceRelation.CITED, DocumentType.RESOLUTION)
                                .withNumber(DocumentNumber.parse("26/NQ-MTTW-ĐCT")),
                        DocumentReference.of("tt-121-2017", ReferenceRelation.FUNDING_BASIS,
                                        DocumentNumber.parse("121/2017/TT-BTC"), LocalDate.of(2017, 11, 15))
                                .withIssuer("Bộ Tài chính", "ministry-of-finance")
                                .withExtensions(Extensions.of(Map.of("inForceFrom", "\"2018-01-01\""))))
                .preamble("Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng Kế hoạch triển khai thực hiện Cuộc "
                        + "vận động trên địa bàn huyện năm 2024; như sau:")
                .sections(objectives(), content(), organisation())
                .notApplicable("kh-457-2024", "province-bank-chung-xanh",
                        "Ngày hội Bánh chưng xanh do các làng tự tổ chức")
                .funding(new Funding(
                        java.util.List.of(
                                FundingSource.of("state-budget", FundingSourceKind.STATE_BUDGET,
                                        "Thực hiện theo Thông tư 121/2017/TT-BTC ngày 15/11/2017 của Bộ Tài chính")
                                        .withBasis("tt-121-2017"),
                                FundingSource.of("socialised", FundingSourceKind.SOCIALISED,
                                        "Từ nguồn vận động doanh nghiệp, tổ chức, cá nhân")),
                        java.util.List.of(
                                BudgetLine.of("bl-propaganda", FundingItem.PROPAGANDA, "state-budget",
                                        Money.vnd(15_000_000)).forTask("propaganda"),
                                BudgetLine.of("bl-festival", FundingItem.OTHER, "socialised", Money.vnd(9_000_000_000L))
                                        .forSection("II.2").withDescription("Ngày hội Đại đoàn kết ở 10 khu dân cư"),
                                new BudgetLine("bl-review", FundingItem.INSPECTION_REVIEW, "state-budget",
                                        Money.vnd(-1), java.util.Optional.empty(), java.util.Optional.empty(),
                                        java.util.Optional.empty(), 1, java.util.OptionalInt.empty(),
                                        java.util.Optional.empty(),
                                        Extensions.of(Map.of("note", "{\"vi\":\"chờ duyệt\",\"rate\":1.50}")))),
                        Extensions.of(Map.of("currency", "\"VND\""))))
                .recipients(
                        Recipient.of("BTT UBMTTQVN tỉnh", RecipientPurpose.REPORT, "province-standing-committee"),
                        Recipient.of("TT HĐND, lãnh đạo UBND huyện", RecipientPurpose.INFORMATION,
                                "district-peoples-council", "district-peoples-committee"),
                        Recipient.of("VT", RecipientPurpose.FILE_COPY))
                .signature(Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung"))
                .closing("Trên đây là Kế hoạch triển khai thực hiện Cuộc vận động năm 2024.")
                .actors(
                        Actor.of("province-standing-committee", ActorKind.STANDING_COMMITTEE,
                                AdministrativeLevel.PROVINCE, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")
                                .withUnit("tỉnh Kon Tum").withSymbolCode("MTTQ-BTT"),
                        Actor.of("district-front-committee", ActorKind.FRONT_COMMITTEE, AdministrativeLevel.DISTRICT,
                                "Ủy ban MTTQ Việt Nam huyện").withUnit("huyện Kon Rẫy"),
                        Actor.of(ISSUER, ActorKind.STANDING_COMMITTEE, AdministrativeLevel.DISTRICT,
                                        "Ban Thường trực Ủy ban MTTQ Việt Nam huyện")
                                .withUnit("huyện Kon Rẫy").withParent("district-front-committee")
                                .withSymbolCode("MTTQ-BTT")
                                .withExtensions(Extensions.of(ordered("phone", "\"0260 3818 123\"", "staff", "7"))),
                        Actor.of("commune-standing-committees", ActorKind.STANDING_COMMITTEE,
                                AdministrativeLevel.COMMUNE, "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn")
                                .asPlural(),
                        Actor.atAllLevels("standing-committees-all-levels", ActorKind.STANDING_COMMITTEE,
                                "Ban Thường trực Ủy ban MTTQ Việt Nam các cấp"),
                        Actor.of("district-peoples-council", ActorKind.PEOPLES_COUNCIL, AdministrativeLevel.DISTRICT,
                                "Thường trực Hội đồng nhân dân huyện"),
                        Actor.of("district-peoples-committee", ActorKind.PEOPLES_COMMITTEE,
                                AdministrativeLevel.DISTRICT, "Ủy ban nhân dân huyện"),
                        Actor.of("ministry-of-finance", ActorKind.STATE_AGENCY, AdministrativeLevel.CENTRAL,
                                "Bộ Tài chính"))
                .extensions(Extensions.of(ordered(
                        "source", "{\"file\":\"ke-hoach-kon-ray-2024.md\",\"pages\":[1,2,3]}",
                        "reviewedBy", "[\"Phòng Nội vụ\",null,true]")))
                .build();
    }

    private static Section objectives() {
        return Section.builder("I", "I", "MỤC ĐÍCH - YÊU CẦU").kind(SectionKind.OBJECTIVES)
                .subsections(
                        Section.builder("I.1", "1", "Mục đích").kind(SectionKind.PURPOSE)
                                .paragraphs("Tiếp tục xây dựng, củng cố và phát huy khối đại đoàn kết toàn dân tộc.")
                                .build(),
                        Section.builder("I.2", "2", "Yêu cầu").kind(SectionKind.REQUIREMENT)
                                .paragraphs("Đảm bảo hiệu quả thiết thực, tránh hình thức.",
                                        "Xây dựng và duy trì được các mô hình thực hiện Cuộc vận động.")
                                .build())
                .build();
    }

    private static Section content() {
        return Section.builder("II", "II", "NỘI DUNG THỰC HIỆN CUỘC VẬN ĐỘNG").kind(SectionKind.CONTENT)
                .subsections(
                        Section.builder("II.1", "1", "Công tác tuyên truyền, vận động các tầng lớp Nhân dân")
                                .kind(SectionKind.CONTENT)
                                .tasks(Task.builder("propaganda").kinds(TaskKind.PROPAGANDA)
                                        .implementsTask("kh-457-2024", "province-propaganda")
                                        .content("Thực hiện tuyên truyền 05 nội dung Cuộc vận động.")
                                        .form("Tổ chức tuyên truyền trực tiếp thông qua các hội nghị nhân dân, "
                                                + "mạng xã hội chính thống (zalo, facebook,..), pano, áp phích, tờ rơi")
                                        .channels(Channel.PEOPLES_MEETING, Channel.ZALO, Channel.FACEBOOK,
                                                Channel.BILLBOARD, Channel.POSTER, Channel.LEAFLET)
                                        .contents(CampaignContent.values())
                                        .schedule(Schedule.ongoing())
                                        .build())
                                .build(),
                        Section.builder("II.2", "2", "Tổ chức các hội nghị tập huấn, trao đổi kinh nghiệm")
                                .kind(SectionKind.CONTENT)
                                .subsections(Section.builder("II.2.1", "2.1", "Về công tác tập huấn")
                                        .kind(SectionKind.CONTENT)
                                        .tasks(
                                                Task.builder("training").kinds(TaskKind.TRAINING)
                                                        .description("Ban Thường trực Ủy ban MTTQ Việt Nam các cấp cử "
                                                                + "cán bộ tham gia tập huấn do tỉnh tổ chức.")
                                                        .channels(Channel.CONFERENCE)
                                                        .schedule(Schedule.year(2024))
                                                        .assign("province-standing-committee", Role.LEAD)
                                                        .assign("standing-committees-all-levels", Role.PARTICIPATE)
                                                        .discretionary(true)
                                                        .build(),
                                                Task.builder("experience-exchange")
                                                        .kinds(TaskKind.EXPERIENCE_EXCHANGE, TaskKind.MODEL_BUILDING)
                                                        .description("Tổ chức đoàn học tập kinh nghiệm (nếu có).")
                                                        .schedule(Schedule.months(2024, 10, 11))
                                                        .assign("standing-committees-all-levels", Role.LEAD)
                                                        .optional(true)
                                                        .discretionary(true)
                                                        .build())
                                        .build())
                                .build(),
                        Section.builder("II.4", "4", "Ngày hội Đại đoàn kết toàn dân tộc").kind(SectionKind.CONTENT)
                                .tasks(
                                        Task.builder("great-unity-festival")
                                                .kinds(TaskKind.GREAT_UNITY_FESTIVAL, TaskKind.PLANNING)
                                                .description("Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn "
                                                        + "chủ động xây dựng kế hoạch tổ chức Ngày hội.")
                                                .schedule(Schedule.quarters(2024, 3, 4))
                                                .assignments(java.util.List.of(new Assignment(
                                                        "commune-standing-committees", Role.LEAD,
                                                        Extensions.of(Map.of("villages", "10")))))
                                                .guidance("hd-113-2023")
                                                .extensions(Extensions.of(Map.of("budget", "{\"amount\":"
                                                        + "12345678901234567890,\"share\":0.25}")))
                                                .build(),
                                        Task.builder("festival-day").kinds(TaskKind.GREAT_UNITY_FESTIVAL)
                                                .description("Tổ chức Ngày hội ở khu dân cư.")
                                                .schedule(Schedule.between(LocalDate.of(2024, 11, 1),
                                                        LocalDate.of(2024, 11, 18)))
                                                .build(),
                                        Task.builder("festival-report").kinds(TaskKind.FINAL_REVIEW)
                                                .description("Báo cáo kết quả Ngày hội.")
                                                .schedule(Schedule.before(LocalDate.of(2024, 12, 15)))
                                                .build(),
                                        Task.builder("unity-day").kinds(TaskKind.GREAT_UNITY_FESTIVAL)
                                                .description("Kỷ niệm Ngày truyền thống MTTQ Việt Nam.")
                                                .schedule(Schedule.annually(LegalFacts.NATIONAL_GREAT_UNITY_DAY))
                                                .build())
                                .build())
                .build();
    }

    private static Section organisation() {
        return Section.builder("IV", "IV", "TỔ CHỨC THỰC HIỆN").kind(SectionKind.ORGANISATION)
                .subsections(
                        Section.builder("IV.1", "1", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện")
                                .kind(SectionKind.ORGANISATION).actor(ISSUER)
                                .tasks(Task.builder("district-inspection").kinds(TaskKind.INSPECTION_SUPERVISION)
                                        .description("Thường xuyên kiểm tra, giám sát việc thực hiện Cuộc vận động.")
                                        .schedule(Schedule.wholePeriod())
                                        .build())
                                .extensions(Extensions.of(Map.of("reviewed", "false")))
                                .build(),
                        Section.builder("IV.2", "2", "Ban Thường trực Ủy ban MTTQ các xã, thị trấn")
                                .kind(SectionKind.ORGANISATION).actor("commune-standing-committees")
                                .tasks(Task.builder("communes-planning")
                                        .kinds(TaskKind.PLANNING, TaskKind.BUDGET_ESTIMATE)
                                        .description("Xây dựng Kế hoạch triển khai Cuộc vận động tại địa phương.")
                                        .guidance("kh-457-2024")
                                        .build())
                                .build())
                .build();
    }

    /** A map in the given order: name, value, name, value… */
    static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
