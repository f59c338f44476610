package vn.campaign.examples;

import static vn.campaign.model.CampaignContent.CULTURE_EDUCATION_HEALTH;
import static vn.campaign.model.CampaignContent.DEMOCRACY_SUPERVISION;
import static vn.campaign.model.CampaignContent.ECONOMY_POVERTY_REDUCTION;
import static vn.campaign.model.CampaignContent.ENVIRONMENT_CLIMATE;
import static vn.campaign.model.CampaignContent.LAW_PUBLIC_ORDER;

import java.time.LocalDate;
import java.util.List;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Campaign;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.Channel;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.Integration;
import vn.campaign.model.IntegrationKind;
import vn.campaign.model.LegalFacts;
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
 * The 2024 plan of the Standing Committee of the Front Committee of Kon Rẫy district (Kon Tum
 * province), written with the builders: the same plan as {@code plans/kon-ray-2024.json}.
 *
 * <p>Every text is as the document writes it. What the text does not say and this encoding adds is
 * interpretation, listed here so that nobody takes it for the document: the kinds, channels,
 * contents, roles and flags of each task (read from its wording); the full names of the province
 * and district ("tỉnh Kon Tum", "huyện Kon Rẫy", from the glossary, verified); the issuer code
 * "MTTQ-BTT" of the district Standing Committee (inferred from the convention that every Front
 * Standing Committee below the centre signs MTTQ-BTT); and the actors' kinds and levels. The plan's
 * own number, date and place are absent because the text we have lacks them.
 */
public final class KonRay2024 {

    /** Kon Rẫy district Standing Committee, the issuer. */
    public static final String DISTRICT_STANDING_COMMITTEE = "district-standing-committee";

    private static final CampaignContent[] ALL_CONTENTS = {ECONOMY_POVERTY_REDUCTION, CULTURE_EDUCATION_HEALTH,
        ENVIRONMENT_CLIMATE, LAW_PUBLIC_ORDER, DEMOCRACY_SUPERVISION};

    /** The id of the reference to the parent plan, 457/KH-MTTQ-BTT of the province. */
    public static final String PARENT_PLAN = "kh-457-2024";

    private static final String CAMPAIGN = "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”";

    private KonRay2024() {
    }

    /**
     * Returns the plan.
     *
     * @return the Kon Rẫy 2024 plan, never null
     */
    public static Plan plan() {
        return Plan.builder()
                .type(DocumentType.PLAN)
                .issuer(DISTRICT_STANDING_COMMITTEE)
                .title("triển khai thực hiện Cuộc vận động " + CAMPAIGN
                        + " trên địa bàn huyện Kon Rẫy năm 2024")
                .period(DateRange.ofYear(2024))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .integrations(
                        Integration.of(IntegrationKind.CAMPAIGN, "Làm thay đổi nếp nghĩ, cách làm của đồng bào dân tộc "
                                + "thiểu số, làm cho đồng bào dân tộc thiểu số vươn lên thoát nghèo bền vững"),
                        Integration.of(IntegrationKind.MOVEMENT, "các cuộc vận động, các phong trào thi đua yêu nước "
                                + "khác đang triển khai thực hiện tại địa phương"))
                .references(references().toArray(DocumentReference[]::new))
                .preamble("Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng Kế hoạch triển khai thực hiện Cuộc "
                        + "vận động " + CAMPAIGN + " trên địa bàn huyện năm 2024; như sau:")
                .sections(objectives(), content(), funding(), organisation())
                .funding(Funding.of(List.of(
                        FundingSource.of("state-budget", FundingSourceKind.STATE_BUDGET, "Thực hiện theo Thông tư "
                                + "121/2017/TT-BTC ngày 15/11/2017 của Bộ Tài chính quy định về quản lý và sử dụng kinh "
                                + "phí thực hiện Cuộc vận động " + CAMPAIGN + ".").withBasis("tt-121-2017"),
                        FundingSource.of("socialised", FundingSourceKind.SOCIALISED, "Từ nguồn vận động doanh nghiệp, "
                                + "tổ chức, cá nhân, người có tấm lòng hỗ trợ và từ đóng góp tự nguyện của Nhân dân ở "
                                + "khu dân cư, xã, thị trấn...")),
                        List.of()))
                .recipients(
                        Recipient.of("BTT UBMTTQVN tỉnh", RecipientPurpose.REPORT, "province-standing-committee"),
                        Recipient.of("Thường trực Huyện ủy", RecipientPurpose.REPORT, "district-party-committee"),
                        Recipient.of("TT HĐND, lãnh đạo UBND huyện", RecipientPurpose.INFORMATION,
                                "district-peoples-council", "district-peoples-committee"),
                        Recipient.of("BTT UBMTTQVN huyện", RecipientPurpose.INFORMATION, DISTRICT_STANDING_COMMITTEE),
                        Recipient.of("Các phòng, ban, ngành của huyện", RecipientPurpose.INFORMATION,
                                "district-departments"),
                        Recipient.of("Các tổ chức chính trị - xã hội huyện", RecipientPurpose.COORDINATION,
                                "district-socio-political-organisations"),
                        Recipient.of("BTT UBMTTQVN các xã, thị trấn", RecipientPurpose.IMPLEMENTATION,
                                "commune-standing-committees"),
                        Recipient.of("VT", RecipientPurpose.FILE_COPY))
                .signature(Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung"))
                .actors(actors().toArray(Actor[]::new))
                .build();
    }

    private static List<DocumentReference> references() {
        return List.of(
                DocumentReference.of("kh-457-2024", ReferenceRelation.IMPLEMENTS,
                                DocumentNumber.parse("457/KH-MTTQ-BTT"), LocalDate.of(2024, 1, 12))
                        .withIssuer("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "province-standing-committee")
                        .withSubject("về triển khai thực hiện Cuộc vận động " + CAMPAIGN + " năm 2024"),
                DocumentReference.of("hd-113-2023", ReferenceRelation.GUIDANCE,
                                DocumentNumber.parse("113/HD-MTTW-BTT"), LocalDate.of(2023, 12, 29))
                        .withIssuer("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "central-standing-committee")
                        .withSubject("về hướng dẫn thực hiện Nghị quyết số 26/NQ-MTTW-ĐCT của Đoàn chủ tịch về nâng "
                                + "cao chất lượng, hiệu quả tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư"),
                DocumentReference.of("nq-26", ReferenceRelation.CITED, DocumentType.RESOLUTION)
                        .withNumber(DocumentNumber.parse("26/NQ-MTTW-ĐCT"))
                        .withIssuer("Đoàn chủ tịch", "central-presidium")
                        .withSubject("về nâng cao chất lượng, hiệu quả tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở "
                                + "khu dân cư"),
                DocumentReference.of("hd-district", ReferenceRelation.GUIDANCE, DocumentType.GUIDANCE)
                        .withIssuer("Ban Thường trực Ủy ban MTTQ Việt Nam huyện", DISTRICT_STANDING_COMMITTEE),
                DocumentReference.of("tt-121-2017", ReferenceRelation.FUNDING_BASIS,
                                LegalFacts.CIRCULAR_121_2017, LegalFacts.CIRCULAR_121_2017_DATE)
                        .withIssuer("Bộ Tài chính", "ministry-of-finance")
                        .withSubject("quy định về quản lý và sử dụng kinh phí thực hiện Cuộc vận động " + CAMPAIGN));
    }

    private static Section objectives() {
        return Section.builder("I", "I", "MỤC ĐÍCH - YÊU CẦU").kind(SectionKind.OBJECTIVES)
                .subsections(
                        Section.builder("I.1", "1", "Mục đích").kind(SectionKind.PURPOSE)
                                .paragraphs("Tiếp tục xây dựng, củng cố và phát huy khối đại đoàn kết toàn dân tộc, "
                                        + "huy động mọi nguồn lực trong cộng đồng góp phần hoàn thành mục tiêu xây dựng "
                                        + "nông thôn mới, đô thị văn minh và giảm nghèo bền vững trên địa bàn huyện Kon "
                                        + "Rẫy.")
                                .build(),
                        Section.builder("I.2", "2", "Yêu cầu").kind(SectionKind.REQUIREMENT)
                                .paragraphs("Việc triển khai các nội dung Cuộc vận động đảm bảo hiệu quả thiết thực, "
                                        + "tránh hình thức; xây dựng và duy trì được các mô hình thực hiện Cuộc vận động "
                                        + "tại các địa phương trên địa bàn huyện.")
                                .build())
                .build();
    }

    private static Section content() {
        String allLevels = "standing-committees-all-levels";
        return Section.builder("II", "II", "NỘI DUNG THỰC HIỆN CUỘC VẬN ĐỘNG").kind(SectionKind.CONTENT)
                .subsections(
                        Section.builder("II.1", "1", "Công tác tuyên truyền, vận động các tầng lớp Nhân dân")
                                .kind(SectionKind.CONTENT)
                                .tasks(Task.builder("propaganda").implementsTask(PARENT_PLAN, "propaganda").kinds(TaskKind.PROPAGANDA)
                                        .content("Thực hiện tuyên truyền 05 nội dung Cuộc vận động lồng ghép với nội "
                                                + "dung Cuộc vận động “Làm thay đổi nếp nghĩ, cách làm của đồng bào dân "
                                                + "tộc thiểu số, làm cho đồng bào dân tộc thiểu số vươn lên thoát nghèo "
                                                + "bền vững” và các cuộc vận động, các phong trào thi đua yêu nước khác "
                                                + "đang triển khai thực hiện tại địa phương.")
                                        .form("Tổ chức tuyên truyền trực tiếp thông qua các hội nghị nhân dân, các diễn "
                                                + "đàn, cuộc họp, sinh hoạt các tổ chức đoàn thể tại địa phương hoặc qua "
                                                + "hệ thống Trang thông tin điện tử huyện, mạng xã hội chính thống (zalo, "
                                                + "facebook,..) hoặc thông qua pano, áp phích, tờ rơi, tài liệu tuyên "
                                                + "truyền...")
                                        .channels(Channel.PEOPLES_MEETING, Channel.FORUM, Channel.MEETING,
                                                Channel.ORGANISATION_ACTIVITY, Channel.WEBSITE, Channel.ZALO,
                                                Channel.FACEBOOK, Channel.BILLBOARD, Channel.POSTER, Channel.LEAFLET,
                                                Channel.PRINTED_MATERIAL)
                                        .contents(ALL_CONTENTS)
                                        .schedule(Schedule.ongoing())
                                        .build())
                                .build(),
                        Section.builder("II.2", "2", "Tổ chức các hội nghị tập huấn, trao đổi kinh nghiệm")
                                .kind(SectionKind.CONTENT)
                                .subsections(
                                        Section.builder("II.2.1", "2.1", "Về công tác tập huấn").kind(SectionKind.CONTENT)
                                                .tasks(Task.builder("training").implementsTask(PARENT_PLAN, "training").kinds(TaskKind.TRAINING)
                                                        .description("Ban Thường trực Ủy ban MTTQ Việt Nam các cấp cử "
                                                                + "cán bộ tham gia tập huấn do Ban Thường trực Ủy ban "
                                                                + "MTTQ Việt Nam tỉnh tổ chức; đồng thời, tùy vào tình "
                                                                + "hình thực tế tại địa phương có thể tổ chức độc lập "
                                                                + "hoặc lồng ghép hội nghị tập huấn Cuộc vận động với "
                                                                + "các nội dung tập huấn khác tại địa phương, đơn vị.")
                                                        .content("05 nội dung Cuộc vận động, công tác phối hợp, kỹ năng "
                                                                + "triển khai thực hiện Cuộc vận động tại địa phương.")
                                                        .channels(Channel.CONFERENCE)
                                                        .contents(ALL_CONTENTS)
                                                        .schedule(Schedule.year(2024))
                                                        .assign("province-standing-committee", Role.LEAD)
                                                        .assign(allLevels, Role.PARTICIPATE)
                                                        .discretionary(true)
                                                        .build())
                                                .build(),
                                        Section.builder("II.2.2", "2.2", "Về học tập trao đổi kinh nghiệm")
                                                .kind(SectionKind.CONTENT)
                                                .tasks(Task.builder("experience-exchange").implementsTask(PARENT_PLAN, "experience-exchange")
                                                        .kinds(TaskKind.EXPERIENCE_EXCHANGE, TaskKind.MODEL_BUILDING)
                                                        .description("Căn cứ tình hình thực tế, Ban Thường trực Ủy ban "
                                                                + "MTTQ Việt Nam các cấp tổ chức đoàn học tập kinh "
                                                                + "nghiệm tại các địa phương trong và ngoài huyện; nhằm "
                                                                + "học tập trao đổi kinh nghiệm công tác, xây dựng và "
                                                                + "nhân rộng các mô hình trong triển khai thực hiện Cuộc "
                                                                + "vận động (nếu có).")
                                                        .schedule(Schedule.year(2024))
                                                        .assign(allLevels, Role.LEAD)
                                                        .optional(true)
                                                        .discretionary(true)
                                                        .build())
                                                .build())
                                .build(),
                        Section.builder("II.3", "3", "Công tác xây dựng và duy trì các mô hình thực hiện Cuộc vận động")
                                .kind(SectionKind.CONTENT)
                                .tasks(Task.builder("models").implementsTask(PARENT_PLAN, "models").kinds(TaskKind.MODEL_BUILDING, TaskKind.PLANNING)
                                        .description("Ban Thường trực Ủy ban MTTQ Việt Nam các cấp chủ động xây dựng Kế "
                                                + "hoạch xây dựng mới và duy trì các mô hình Cuộc vận động trên các lĩnh "
                                                + "vực, gắn với các mô hình Cuộc vận động và các phong trào thi đua yêu "
                                                + "nước tại địa phương.")
                                        .schedule(Schedule.year(2024))
                                        .assign(allLevels, Role.LEAD)
                                        .build())
                                .build(),
                        Section.builder("II.4", "4", "Công tác tổ chức Ngày hội Đại đoàn kết toàn dân tộc và các Ngày "
                                        + "hội khác tại địa phương")
                                .kind(SectionKind.CONTENT)
                                .subsections(
                                        Section.builder("II.4.1", "4.1", "Ngày hội Đại đoàn kết toàn dân tộc")
                                                .kind(SectionKind.CONTENT)
                                                .tasks(Task.builder("great-unity-festival").implementsTask(PARENT_PLAN, "great-unity-festival")
                                                        .kinds(TaskKind.GREAT_UNITY_FESTIVAL, TaskKind.PLANNING)
                                                        .description("Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị "
                                                                + "trấn chủ động xây dựng kế hoạch tổ chức Ngày hội tại "
                                                                + "địa phương căn cứ theo Hướng dẫn số 113/HD-MTTW-BTT, "
                                                                + "ngày 29/12/2023 của Ban Thường trực Ủy ban Trung ương "
                                                                + "MTTQ Việt Nam về hướng dẫn thực hiện Nghị quyết số "
                                                                + "26/NQ-MTTW-ĐCT của Đoàn chủ tịch về nâng cao chất "
                                                                + "lượng, hiệu quả tổ chức Ngày hội Đại đoàn kết toàn "
                                                                + "dân tộc ở khu dân cư và Hướng dẫn của Ban Thường trực "
                                                                + "Ủy ban MTTQ Việt Nam huyện.")
                                                        .schedule(Schedule.quarters(2024, 3, 4))
                                                        .assign("commune-standing-committees", Role.LEAD)
                                                        .guidance("hd-113-2023", "hd-district")
                                                        .build())
                                                .build(),
                                        Section.builder("II.4.2", "4.2", "Các ngày hội khác tại địa phương")
                                                .kind(SectionKind.CONTENT)
                                                .tasks(Task.builder("local-festivals").implementsTask(PARENT_PLAN, "local-festivals").kinds(TaskKind.LOCAL_FESTIVAL)
                                                        .description("Ban Thường trực Ủy ban MTTQ Việt Nam các cấp chủ "
                                                                + "động phối hợp với các đơn vị, bộ phận liên quan tại "
                                                                + "địa phương triển khai thực hiện hiệu quả công tác tổ "
                                                                + "chức các ngày hội như: Ngày hội toàn dân bảo vệ an "
                                                                + "ninh Tổ quốc, Ngày hội Bánh chưng xanh... và các Ngày "
                                                                + "hội khác mang bản sắc văn hoá địa phương.")
                                                        .schedule(Schedule.year(2024))
                                                        .assign(allLevels, Role.LEAD)
                                                        .build())
                                                .build())
                                .build(),
                        Section.builder("II.5", "5", "Các nội dung khác").kind(SectionKind.CONTENT)
                                .tasks(
                                        Task.builder("coordination").implementsTask(PARENT_PLAN, "coordination").kinds(TaskKind.COORDINATION)
                                                .description("Tiếp tục đẩy mạnh công tác phối hợp với các cơ quan, đơn "
                                                        + "vị trong triển khai thực hiện các nhiệm vụ được giao về thực "
                                                        + "hiện Cuộc vận động gắn với các cuộc vận động, các phong trào "
                                                        + "thi đua yêu nước khác trên địa bàn.")
                                                .build(),
                                        Task.builder("campaign-board-and-fund").implementsTask(PARENT_PLAN, "campaign-board-and-fund")
                                                .kinds(TaskKind.CAMPAIGN_BOARD, TaskKind.FOR_THE_POOR_FUND)
                                                .description("Tiếp tục kiện toàn Ban vận động, điều chỉnh, bổ sung quy "
                                                        + "chế quản lý, sử dụng Quỹ “Vì người nghèo” các cấp trong "
                                                        + "huyện.")
                                                .build(),
                                        Task.builder("thematic-conferences").kinds(TaskKind.CONFERENCE)
                                                .description("Phối hợp tổ chức các hội nghị, tọa đàm,... về các nội "
                                                        + "dung chuyên đề trong thực hiện Cuộc vận động (nếu có).")
                                                .channels(Channel.CONFERENCE, Channel.SEMINAR)
                                                .optional(true)
                                                .build(),
                                        Task.builder("inspection-and-review").implementsTask(PARENT_PLAN, "inspection-and-review")
                                                .kinds(TaskKind.INSPECTION_SUPERVISION, TaskKind.FINAL_REVIEW,
                                                        TaskKind.COMMENDATION)
                                                .description("Tổ chức công tác kiểm tra, giám sát việc thực hiện Cuộc "
                                                        + "vận động trong năm và đánh giá 01 năm triển khai thực hiện "
                                                        + "Cuộc vận động tại địa phương; kịp thời đánh giá kết quả thực "
                                                        + "hiện Cuộc vận động trong năm, biểu dương khen thưởng các tập "
                                                        + "thể, cá nhân có thành tích nổi bật trong triển khai thực hiện "
                                                        + "Cuộc vận động...")
                                                .build())
                                .build())
                .build();
    }

    private static Section funding() {
        return Section.builder("III", "III", "KINH PHÍ THỰC HIỆN CUỘC VẬN ĐỘNG").kind(SectionKind.FUNDING).build();
    }

    private static Section organisation() {
        return Section.builder("IV", "IV", "TỔ CHỨC THỰC HIỆN").kind(SectionKind.ORGANISATION)
                .subsections(
                        Section.builder("IV.1", "1", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện")
                                .kind(SectionKind.ORGANISATION).actor(DISTRICT_STANDING_COMMITTEE)
                                .tasks(
                                        Task.builder("district-planning").implementsTask(PARENT_PLAN, "districts-planning").kinds(TaskKind.PLANNING, TaskKind.GUIDANCE)
                                                .description("Xây dựng kế hoạch và các nội dung triển khai cấp huyện; "
                                                        + "hướng dẫn Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị "
                                                        + "trấn triển khai thực hiện Cuộc vận động tại cơ sở.")
                                                .build(),
                                        Task.builder("district-coordination").kinds(TaskKind.COORDINATION)
                                                .description("Đẩy mạnh công tác phối hợp với Ủy ban nhân dân cùng cấp, "
                                                        + "các phòng, ban, ngành liên quan và các tổ chức thành viên "
                                                        + "ban hành các văn bản chỉ đạo, hướng dẫn và triển khai thực "
                                                        + "hiện Cuộc vận động trong toàn huyện.")
                                                .assign("district-peoples-committee", Role.COORDINATE)
                                                .assign("district-departments", Role.COORDINATE)
                                                .assign("district-member-organisations", Role.COORDINATE)
                                                .build(),
                                        Task.builder("district-emulation-cluster").implementsTask(PARENT_PLAN, "districts-emulation-cluster").kinds(TaskKind.EMULATION)
                                                .description("Duy trì, đổi mới việc thực hiện Cuộc vận động giữa các "
                                                        + "huyện, thành phố cụm thi đua số II.")
                                                .assign("emulation-cluster-2", Role.COORDINATE)
                                                .build(),
                                        Task.builder("district-inspection").implementsTask(PARENT_PLAN, "inspection-and-review").kinds(TaskKind.INSPECTION_SUPERVISION)
                                                .description("Thường xuyên kiểm tra, giám sát việc triển khai thực hiện "
                                                        + "Cuộc vận động trên địa bàn huyện.")
                                                .schedule(Schedule.ongoing())
                                                .build(),
                                        Task.builder("district-interim-review").implementsTask(PARENT_PLAN, "districts-interim-review").kinds(TaskKind.INTERIM_REVIEW)
                                                .description("Căn cứ tình hình thực tế, tổ chức sơ kết việc thực hiện "
                                                        + "Cuộc vận động cấp huyện năm 2024.")
                                                .schedule(Schedule.year(2024))
                                                .discretionary(true)
                                                .build())
                                .build(),
                        Section.builder("IV.2", "2", "Các tổ chức thành viên Ủy ban MTTQ Việt Nam huyện")
                                .kind(SectionKind.ORGANISATION).actor("district-member-organisations")
                                .tasks(
                                        Task.builder("members-planning")
                                                .kinds(TaskKind.PLANNING, TaskKind.GUIDANCE, TaskKind.POVERTY_SUPPORT)
                                                .description("Có Kế hoạch triển khai thực hiện Cuộc vận động trong hệ "
                                                        + "thống, lồng ghép với các nhiệm vụ chuyên môn của tổ chức "
                                                        + "mình; tiếp tục hướng dẫn đoàn, hội cơ sở có các hoạt động hỗ "
                                                        + "trợ các hộ nghèo, hộ cận nghèo vươn lên thoát nghèo bền vững, "
                                                        + "góp phần thực hiện mục tiêu xây dựng nông thôn mới, đô thị "
                                                        + "văn minh, giảm nghèo bền vững trong toàn huyện.")
                                                .contents(ECONOMY_POVERTY_REDUCTION)
                                                .build(),
                                        Task.builder("members-models")
                                                .kinds(TaskKind.MODEL_BUILDING, TaskKind.COORDINATION)
                                                .description("Phối hợp nguồn lực và nhân lực xây dựng và duy trì các mô "
                                                        + "hình thực hiện Cuộc vận động tại địa phương, cơ sở.")
                                                .build(),
                                        Task.builder("members-coordination-programme").kinds(TaskKind.COORDINATION)
                                                .description("Tiếp tục triển khai Chương trình phối hợp giữa MTTQ Việt "
                                                        + "Nam và các tổ chức thành viên khác cùng cấp.")
                                                .build())
                                .build(),
                        Section.builder("IV.2-communes", "2", "Ban Thường trực Ủy ban MTTQ các xã, thị trấn")
                                .kind(SectionKind.ORGANISATION).actor("commune-standing-committees")
                                .tasks(
                                        Task.builder("communes-planning")
                                                .kinds(TaskKind.PLANNING, TaskKind.BUDGET_ESTIMATE)
                                                .description("Xây dựng Kế hoạch triển khai Cuộc vận động tại địa "
                                                        + "phương; chủ động xây dựng dự toán kinh phí các nội dung Cuộc "
                                                        + "vận động để đảm bảo việc triển khai thực hiện nhiệm vụ trong "
                                                        + "năm.")
                                                .build(),
                                        Task.builder("communes-coordination")
                                                .kinds(TaskKind.COORDINATION, TaskKind.EMULATION,
                                                        TaskKind.INSPECTION_SUPERVISION)
                                                .description("Tiếp tục đẩy mạnh công tác phối hợp với các cơ quan, đơn "
                                                        + "vị, tổ chức thành viên ở địa phương. Duy trì, đổi mới việc "
                                                        + "thực hiện Cuộc vận động giữa các cụm thi đua trong huyện. Đẩy "
                                                        + "mạnh công tác kiểm tra, giám sát thực hiện Cuộc vận động tại "
                                                        + "địa phương.")
                                                .build(),
                                        Task.builder("communes-interim-review")
                                                .kinds(TaskKind.INTERIM_REVIEW, TaskKind.PLANNING)
                                                .description("Căn cứ tình hình thực tế tại địa phương, xây dựng Kế "
                                                        + "hoạch và tổ chức sơ kết việc thực hiện Cuộc vận động năm "
                                                        + "2024.")
                                                .schedule(Schedule.year(2024))
                                                .discretionary(true)
                                                .build())
                                .build())
                .build();
    }

    private static List<Actor> actors() {
        return List.of(
                Actor.of("district-front-committee", ActorKind.FRONT_COMMITTEE, AdministrativeLevel.DISTRICT,
                        "Ủy ban MTTQ Việt Nam huyện").withUnit("huyện Kon Rẫy")
                        .withParent("province-front-committee"),
                Actor.of(DISTRICT_STANDING_COMMITTEE, ActorKind.STANDING_COMMITTEE, AdministrativeLevel.DISTRICT,
                        "Ban Thường trực Ủy ban MTTQ Việt Nam huyện").withUnit("huyện Kon Rẫy")
                        .withParent("district-front-committee").withSymbolCode("MTTQ-BTT"),
                Actor.of("province-front-committee", ActorKind.FRONT_COMMITTEE, AdministrativeLevel.PROVINCE,
                        "Ủy ban MTTQ Việt Nam tỉnh").withUnit("tỉnh Kon Tum"),
                Actor.of("province-standing-committee", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.PROVINCE,
                        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh").withUnit("tỉnh Kon Tum")
                        .withParent("province-front-committee").withSymbolCode("MTTQ-BTT"),
                Actor.of("central-standing-committee", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.CENTRAL,
                        "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam").withSymbolCode("MTTW-BTT"),
                Actor.of("central-presidium", ActorKind.PRESIDIUM, AdministrativeLevel.CENTRAL, "Đoàn chủ tịch")
                        .withSymbolCode("MTTW-ĐCT"),
                Actor.of("ministry-of-finance", ActorKind.STATE_AGENCY, AdministrativeLevel.CENTRAL, "Bộ Tài chính")
                        .withSymbolCode("BTC"),
                Actor.atAllLevels("standing-committees-all-levels", ActorKind.STANDING_COMMITTEE,
                        "Ban Thường trực Ủy ban MTTQ Việt Nam các cấp"),
                Actor.of("commune-standing-committees", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.COMMUNE,
                        "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn").asPlural(),
                Actor.of("district-member-organisations", ActorKind.MEMBER_ORGANISATION, AdministrativeLevel.DISTRICT,
                        "Các tổ chức thành viên Ủy ban MTTQ Việt Nam huyện").asPlural()
                        .withParent("district-front-committee"),
                Actor.of("district-socio-political-organisations", ActorKind.MEMBER_ORGANISATION,
                        AdministrativeLevel.DISTRICT, "Các tổ chức chính trị - xã hội huyện").asPlural(),
                Actor.of("district-party-committee", ActorKind.PARTY_COMMITTEE, AdministrativeLevel.DISTRICT,
                        "Thường trực Huyện ủy"),
                Actor.of("district-peoples-council", ActorKind.PEOPLES_COUNCIL, AdministrativeLevel.DISTRICT,
                        "Thường trực Hội đồng nhân dân huyện"),
                Actor.of("district-peoples-committee", ActorKind.PEOPLES_COMMITTEE, AdministrativeLevel.DISTRICT,
                        "Ủy ban nhân dân huyện"),
                Actor.of("district-departments", ActorKind.GOVERNMENT_DEPARTMENT, AdministrativeLevel.DISTRICT,
                        "Các phòng, ban, ngành của huyện").asPlural(),
                Actor.of("district-campaign-board", ActorKind.CAMPAIGN_BOARD, AdministrativeLevel.DISTRICT,
                        "Ban vận động"),
                Actor.of("emulation-cluster-2", ActorKind.EMULATION_CLUSTER, AdministrativeLevel.DISTRICT,
                        "Cụm thi đua số II").withUnit("tỉnh Kon Tum"));
    }
}
