package vn.campaign.examples;

import java.io.IOException;
import java.time.LocalDate;
import vn.campaign.finding.Finding;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Campaign;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.LegalFacts;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * How an application embeds the SDK: build a plan in code, validate it, write it as JSON.
 *
 * <p>The plan here is illustrative: a commune and its people are invented for the example.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Builds an illustrative commune plan.
     *
     * @return the plan, never null
     */
    public static Plan communePlan() {
        return Plan.builder()
                .number(DocumentNumber.parse("12/KH-MTTQ-BTT"))
                .issuer("commune")
                .place("Đăk Ruồng")
                .date(LocalDate.of(2024, 2, 20))
                .title("tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024 (ví dụ minh họa)")
                .period(DateRange.ofYear(2024))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .sections(Section.builder("II", "II", "NỘI DUNG").kind(SectionKind.CONTENT)
                        .tasks(Task.builder("propaganda").kinds(TaskKind.PROPAGANDA)
                                        .description("Tuyên truyền 05 nội dung Cuộc vận động.")
                                        .contents(CampaignContent.values())
                                        .schedule(Schedule.ongoing())
                                        .build(),
                                Task.builder("festival").kinds(TaskKind.GREAT_UNITY_FESTIVAL)
                                        .description("Tổ chức Ngày hội tại các thôn.")
                                        .schedule(Schedule.between(LocalDate.of(2024, 11, 1),
                                                LegalFacts.NATIONAL_GREAT_UNITY_DAY.atYear(2024)))
                                        .build())
                        .build())
                .recipients(Recipient.of("BTT UBMTTQVN huyện", RecipientPurpose.REPORT, "district"),
                        Recipient.of("VT", RecipientPurpose.FILE_COPY))
                .signature(Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn A"))
                .actors(Actor.of("commune", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.COMMUNE,
                                "Ban Thường trực Ủy ban MTTQ Việt Nam xã").withSymbolCode("MTTQ-BTT"),
                        Actor.of("district", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.DISTRICT,
                                "Ban Thường trực Ủy ban MTTQ Việt Nam huyện"))
                .build();
    }

    /**
     * Builds, validates and prints the illustrative plan.
     *
     * @param args ignored
     * @throws IOException never, writing to a string
     */
    public static void main(String[] args) throws IOException {
        Plan plan = communePlan();
        ValidationReport report = PlanValidator.create().validate(plan);
        for (Finding finding : report.findings()) {
            System.out.println(finding.severity() + " " + finding.code() + " " + finding.pointer() + ": "
                    + finding.message());
        }
        System.out.println(PlanJson.create().write(plan));
    }
}
