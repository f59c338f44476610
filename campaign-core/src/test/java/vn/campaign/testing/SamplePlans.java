package vn.campaign.testing;

import java.time.LocalDate;
import java.util.List;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Campaign;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

/** Plans for the rendering and calendar tests: small, but with every part a renderer prints. */
public final class SamplePlans {

    /** Text a renderer must print as text, never as markup. */
    public static final String HOSTILE = "Tuyên truyền <script>alert(\"x\")</script> & *đậm* [liên kết](http://x)";

    private SamplePlans() {
    }

    /**
     * A commune plan for 2024–2025 without number, place or date; tasks ongoing, on 18/11 every year,
     * in quarters I and III of 2024, in quarters III and IV of 2025, and without a time.
     *
     * @return the plan
     */
    public static Plan commune() {
        return Plan.builder()
                .issuer("commune-standing-committee")
                .title("triển khai Cuộc vận động trên địa bàn xã Tân Lập giai đoạn 2024 - 2025")
                .period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .references(DocumentReference.of("kh-12", ReferenceRelation.IMPLEMENTS,
                                DocumentNumber.parse("12/KH-MTTQ-BTT"), LocalDate.of(2024, 1, 20))
                        .withIssuer("Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "district-standing-committee")
                        .withSubject("về triển khai Cuộc vận động năm 2024"))
                .preamble("Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch như sau:")
                .sections(
                        Section.builder("I", "I", "MỤC ĐÍCH - YÊU CẦU").kind(SectionKind.OBJECTIVES)
                                .subsections(Section.builder("I.1", "1", "Mục đích").kind(SectionKind.PURPOSE)
                                        .paragraphs("Phát huy khối đại đoàn kết toàn dân tộc.").build())
                                .build(),
                        Section.builder("II", "II", "NỘI DUNG").kind(SectionKind.CONTENT)
                                .subsections(
                                        Section.builder("II.1", "1", "Công tác tuyên truyền").kind(SectionKind.CONTENT)
                                                .tasks(Task.builder("propaganda").kinds(TaskKind.PROPAGANDA)
                                                        .content(HOSTILE)
                                                        .form("Hội nghị nhân dân, loa truyền thanh.")
                                                        .schedule(Schedule.ongoing()).build())
                                                .build(),
                                        Section.builder("II.2", "2", "Ngày hội Đại đoàn kết toàn dân tộc")
                                                .kind(SectionKind.CONTENT)
                                                .tasks(Task.builder("festival").kinds(TaskKind.GREAT_UNITY_FESTIVAL)
                                                        .description("Tổ chức Ngày hội ở các thôn.")
                                                        .schedule(Schedule.annually(18, 11)).build())
                                                .build(),
                                        Section.builder("II.3", "3", "Tập huấn").kind(SectionKind.CONTENT)
                                                .tasks(Task.builder("training").kinds(TaskKind.TRAINING)
                                                                .description("Tập huấn cán bộ thôn.")
                                                                .schedule(Schedule.quarters(2024, 1, 3)).build(),
                                                        Task.builder("review").kinds(TaskKind.FINAL_REVIEW)
                                                                .description("Tổng kết giai đoạn.")
                                                                .schedule(Schedule.quarters(2025, 3, 4)).build(),
                                                        Task.builder("coordination").kinds(TaskKind.COORDINATION)
                                                                .description("Phối hợp với các đoàn thể.").build())
                                                .build())
                                .build(),
                        Section.builder("III", "III", "KINH PHÍ").kind(SectionKind.FUNDING).build(),
                        Section.builder("IV", "IV", "TỔ CHỨC THỰC HIỆN").kind(SectionKind.ORGANISATION)
                                .subsections(Section.builder("IV.1", "1", "Ban Thường trực Ủy ban MTTQ Việt Nam xã")
                                        .kind(SectionKind.ORGANISATION).actor("commune-standing-committee")
                                        .tasks(Task.builder("inspection").kinds(TaskKind.INSPECTION_SUPERVISION)
                                                .description("Thường xuyên kiểm tra, giám sát.")
                                                .schedule(Schedule.ongoing()).build())
                                        .build())
                                .build())
                .funding(Funding.of(List.of(FundingSource.of("state", FundingSourceKind.STATE_BUDGET,
                        "Theo Thông tư 121/2017/TT-BTC.")), List.of()))
                .recipients(
                        Recipient.of("BTT UBMTTQVN huyện", RecipientPurpose.REPORT),
                        Recipient.of("Đảng ủy xã", RecipientPurpose.INFORMATION),
                        Recipient.of("Các đoàn thể xã", RecipientPurpose.COORDINATION),
                        Recipient.of("Ban công tác Mặt trận các thôn", RecipientPurpose.IMPLEMENTATION),
                        Recipient.of("VT", RecipientPurpose.FILE_COPY))
                .signature(Signature.of(SigningAuthority.ON_BEHALF_OF, "Ban Thường trực", "Chủ tịch", "Nguyễn Văn A"))
                .actors(
                        Actor.of("commune-front-committee", ActorKind.FRONT_COMMITTEE, AdministrativeLevel.COMMUNE,
                                "Ủy ban MTTQ Việt Nam xã").withUnit("xã Tân Lập"),
                        Actor.of("commune-standing-committee", ActorKind.STANDING_COMMITTEE,
                                AdministrativeLevel.COMMUNE, "Ban Thường trực Ủy ban MTTQ Việt Nam xã")
                                .withUnit("xã Tân Lập").withParent("commune-front-committee")
                                .withSymbolCode("MTTQ-BTT"),
                        Actor.of("district-standing-committee", ActorKind.STANDING_COMMITTEE,
                                AdministrativeLevel.DISTRICT, "Ban Thường trực Ủy ban MTTQ Việt Nam huyện"))
                .build();
    }

    /**
     * The same plan numbered, placed and dated, with a closing line.
     *
     * @return the plan
     */
    public static Plan communeNumbered() {
        return commune().toBuilder().number(DocumentNumber.parse("15/KH-MTTQ-BTT")).place("Tân Lập")
                .date(LocalDate.of(2024, 2, 5)).closing("Trên đây là Kế hoạch triển khai Cuộc vận động./.").build();
    }
}
