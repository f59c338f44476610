package vn.campaign.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Campaign;
import vn.campaign.model.Channel;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.Language;
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

class PlanImporterTest {

    private static final PlanImporter IMPORTER = PlanImporter.create();
    private static final String CAMPAIGN = "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”";
    private static final String TITLE = "triển khai thực hiện Cuộc vận động " + CAMPAIGN
            + " trên địa bàn huyện Kon Rẫy năm 2024";
    private static final String PREAMBLE = "Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng Kế hoạch triển khai "
            + "thực hiện Cuộc vận động " + CAMPAIGN + " trên địa bàn huyện năm 2024; như sau:";

    static String seed() {
        try (InputStream in = PlanImporterTest.class.getResourceAsStream("/import/ke-hoach-kon-ray-2024.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small plan: title, abstract, preamble, then the given lines. */
    private static String doc(String... body) {
        return "KẾ HOẠCH\n" + TITLE + "\n" + PREAMBLE + "\n" + String.join("\n", body) + "\n";
    }

    private static Plan plan(String markdown) {
        ImportResult result = IMPORTER.importMarkdown(markdown);
        assertThat(result.plan()).as(result.format(Language.EN)).isPresent();
        return result.plan().get();
    }

    private static List<ImportCode> codes(ImportResult result, int line) {
        return result.report().findings().stream().filter(note -> note.line().orElse(0) == line)
                .map(note -> ImportCode.of(note.code()).orElseThrow()).collect(Collectors.toList());
    }

    private static Section section(Plan plan, String id) {
        return plan.allSections().filter(section -> section.id().equals(id)).findFirst().orElseThrow();
    }

    private static Task onlyTask(Plan plan, String sectionId) {
        assertThat(section(plan, sectionId).tasks()).hasSize(1);
        return section(plan, sectionId).tasks().get(0);
    }

    // ------------------------------------------------------------------ the seed

    @Test
    void importMarkdown_seedImportsCompletelyWithNoUnmappedText() {
        ImportResult result = IMPORTER.importMarkdown(seed());

        assertThat(result.isComplete()).as(result.format(Language.EN)).isTrue();
        assertThat(result.report().count(ImportKind.UNMAPPED)).isZero();
        Plan plan = result.plan().orElseThrow();
        assertThat(plan.title()).isEqualTo(TITLE);
        assertThat(plan.sections()).extracting(Section::number).containsExactly("I", "II", "III", "IV");
        assertThat(plan.allTasks()).hasSize(21);
        assertThat(plan.recipients()).hasSize(8);
    }

    @Test
    void importMarkdown_isDeterministic() {
        assertThat(IMPORTER.importMarkdown(seed())).isEqualTo(IMPORTER.importMarkdown(seed()));
    }

    // ------------------------------------------------------------------ header, number, title

    @Test
    void headerLines_giveNumberPlaceDateAndIssuer() {
        String text = "ỦY BAN MTTQ VIỆT NAM HUYỆN KON RẪY\nBAN THƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nSố: 15/KH-MTTQ-BTT\nKon Rẫy, ngày 01 tháng 02 năm 2024\n"
                + "KẾ HOẠCH\n" + TITLE + "\nI. MỤC ĐÍCH - YÊU CẦU\n1. Mục đích: Tiếp tục xây dựng khối đại đoàn kết.\n";
        ImportResult result = IMPORTER.importText(text);

        Plan plan = result.plan().orElseThrow();
        assertThat(result.report().hasUnmapped()).isFalse();
        assertThat(plan.number()).contains(DocumentNumber.parse("15/KH-MTTQ-BTT"));
        assertThat(plan.place()).contains("Kon Rẫy");
        assertThat(plan.date()).contains(LocalDate.of(2024, 2, 1));
        assertThat(plan.issuer().map(Actor::name)).contains("Ban Thường trực Ủy ban MTTQ Việt Nam huyện");
        assertThat(plan.issuer().flatMap(Actor::symbolCode)).contains("MTTQ-BTT");
        assertThat(codes(result, 0)).doesNotContain(ImportCode.SYMBOL_CODE_BY_CONVENTION);
    }

    @Test
    void headerBrokenOverLinesByWord_givesIssuerAndNumber() {
        String text = "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố:  06 /KH-MTTQ-BTT\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
                + "Lương Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nThực hiện công tác bầu cử năm 2025\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n";
        ImportResult result = IMPORTER.importText(text);

        Plan plan = result.plan().orElseThrow();
        assertThat(result.report().hasUnmapped()).as(result.format(Language.EN)).isFalse();
        assertThat(plan.number()).contains(DocumentNumber.parse("06/KH-MTTQ-BTT"));
        assertThat(plan.issuer()).hasValueSatisfying(issuer -> {
            assertThat(issuer.kind()).isEqualTo(ActorKind.STANDING_COMMITTEE);
            assertThat(issuer.level()).contains(AdministrativeLevel.COMMUNE);
        });
    }

    @Test
    void numberLine_leftBlankInADraft_isDefaulted() {
        ImportResult result = IMPORTER.importText("Số:      /KH-MTTQ-BTT\n" + doc("I. MỤC ĐÍCH - YÊU CẦU"));

        assertThat(result.plan().orElseThrow().number()).isEmpty();
        assertThat(codes(result, 1)).containsExactly(ImportCode.NUMBER_BLANK);
    }

    @Test
    void placeDateLine_leftBlankInADraft_isDefaulted() {
        ImportResult result = IMPORTER.importText("…, ngày … tháng … năm …\n" + doc("I. MỤC ĐÍCH - YÊU CẦU"));

        assertThat(result.plan().orElseThrow().date()).isEmpty();
        assertThat(result.plan().orElseThrow().place()).isEmpty();
        assertThat(codes(result, 1)).containsExactly(ImportCode.PLACE_DATE_BLANK);
    }

    @Test
    void titleAndAbstract_giveTitleCampaignPeriodAndUnit() {
        Plan plan = plan(seed());

        assertThat(plan.title()).isEqualTo(TITLE);
        assertThat(plan.campaign()).contains(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS);
        assertThat(plan.period()).isEqualTo(DateRange.ofYear(2024));
        assertThat(plan.issuer().flatMap(Actor::unit)).contains("huyện Kon Rẫy");
    }

    @Test
    void abstractNamingNoCampaign_givesAPlanWithoutCampaignAndNoNote() {
        ImportResult result = IMPORTER.importMarkdown("KẾ HOẠCH\nThực hiện công tác bầu cử năm 2025\n"
                + "I. MỤC ĐÍCH - YÊU CẦU\nII. NỘI DUNG\n");

        assertThat(result.plan().orElseThrow().campaign()).isEmpty();
        assertThat(result.report().findings()).extracting(Finding::code).doesNotContain("CAMPAIGN_DEFAULTED");
    }

    @Test
    void abstractNamingTheCampaignWithoutQuotes_givesTheCampaign() {
        Plan plan = plan("KẾ HOẠCH\ntriển khai Cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
                + " năm 2024\nI. MỤC ĐÍCH - YÊU CẦU\nII. NỘI DUNG\n");

        assertThat(plan.campaign()).contains(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS);
    }

    @Test
    void abstractWithPeriod_givesThePeriodOfYears() {
        Plan plan = plan("KẾ HOẠCH\nthực hiện Cuộc vận động " + CAMPAIGN + " giai đoạn 2021 - 2025\n"
                + "I. MỤC ĐÍCH - YÊU CẦU\nII. NỘI DUNG\n");

        assertThat(plan.period()).isEqualTo(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void abstractWithTheIssuersTerm_givesThePeriodOfTheTerm() {
        Plan plan = plan("CHƯƠNG TRÌNH\nHoạt động toàn khóa của Ủy ban MTTQ Việt Nam tỉnh Bình Thuận\n"
                + "khóa VIII, nhiệm kỳ 2019 - 2024\nI. CHƯƠNG TRÌNH HÀNH ĐỘNG\n1. Tuyên truyền, vận động Nhân dân.\n");

        assertThat(plan.period()).isEqualTo(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void abstractWithDates_givesThoseDays() {
        Plan plan = plan("HƯỚNG DẪN\nGiới thiệu người ứng cử; thời gian thực hiện từ ngày 17/12/2025 đến ngày 25/01/2026\n"
                + "1. Mục đích\n2. Yêu cầu\n");

        assertThat(plan.period()).isEqualTo(DateRange.of(LocalDate.of(2025, 12, 17), LocalDate.of(2026, 1, 25)));
    }

    @Test
    void titleBrokenOverLines_keepsItsPeriodLine() {
        Plan plan = plan("KẾ HOẠCH\nHợp tác với Mặt trận Lào xây dựng đất nước các tỉnh Savannakhet, Salavan\n"
                + "Giai đoạn 2020 – 2022\nI. Mục đích, yêu cầu\n- Tăng cường hợp tác.\n");

        assertThat(plan.title()).endsWith("Salavan Giai đoạn 2020 – 2022");
        assertThat(plan.period()).isEqualTo(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)));
    }

    @Test
    void termOfTheBodiesAnElectionElects_isNotThePeriod_theTasksSpanIs() {
        ImportResult result = IMPORTER.importMarkdown("KẾ HOẠCH\nKiểm tra, giám sát công tác bầu cử đại biểu Hội đồng"
                + " nhân dân các cấp nhiệm kỳ 2026 - 2031\nI. MỤC ĐÍCH - YÊU CẦU\nII. NỘI DUNG\n"
                + "1. Danh sách cử tri\n- Giám sát việc lập danh sách cử tri.\n"
                + "- Thời gian thực hiện: Trong khoảng thời gian từ ngày 03/02/2026 đến ngày 15/03/2026.\n"
                + "2. Tổ bầu cử\n- Giám sát việc thành lập tổ bầu cử.\n"
                + "- Thời gian thực hiện: Từ ngày 01/12/2025 đến ngày 14/12/2025.\n");

        assertThat(result.plan().orElseThrow().period())
                .isEqualTo(DateRange.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 15)));
        assertThat(codes(result, 2)).contains(ImportCode.PERIOD_FROM_TASKS);
    }

    @Test
    void draftWithTheDayLeftBlank_keepsItsYearAndMonthAndTakesTheYearAsPeriod() {
        ImportResult result = IMPORTER.importMarkdown("Lương Minh, ngày     tháng 11 năm 2025\nHƯỚNG DẪN\n"
                + "Về việc Mặt trận tham gia công tác bầu cử\nI. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n");

        Plan plan = result.plan().orElseThrow();
        assertThat(plan.date()).isEmpty();
        assertThat(plan.place()).contains("Lương Minh");
        assertThat(plan.period()).isEqualTo(DateRange.ofYear(2025));
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("DATE_DAY_BLANK"))
                .extracting(Finding::line, Finding::arguments)
                .containsExactly(tuple(java.util.OptionalInt.of(1), List.of("2025", "11")));
        assertThat(codes(result, 3)).containsExactly(ImportCode.PERIOD_DEFAULTED);
    }

    @Test
    void documentWithNoYearAnywhere_givesNoPlanForWantOfAPeriod() {
        ImportResult result = IMPORTER.importMarkdown("KẾ HOẠCH\nTổ chức hội nghị hiệp thương\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n- Tổ chức hội nghị.\n");

        assertThat(result.noPlanReason()).contains(NoPlanReason.NO_PERIOD);
    }

    // ------------------------------------------------------------------ document types

    @Test
    void titleWord_decidesTheType_whateverTheStructureUnderIt() {
        String body = "\nVề công tác bầu cử năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n- Tổ chức hội nghị.\n";

        assertThat(plan("HƯỚNG DẪN" + body).type()).isEqualTo(DocumentType.GUIDANCE);
        assertThat(plan("KẾ HOẠCH" + body).type()).isEqualTo(DocumentType.PLAN);
        assertThat(plan("CHƯƠNG TRÌNH" + body).type()).isEqualTo(DocumentType.PROGRAMME);
        assertThat(plan("QUY CHẾ" + body).type()).isEqualTo(DocumentType.REGULATION);
        assertThat(plan("QUY CHẾ\nPHỐI\nHỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ ỦY BAN MTTQ VIỆT NAM TỈNH GIAI ĐOẠN\n"
                + "2017-2021\nChương I\n").type()).isEqualTo(DocumentType.of("QCPH"));
    }

    @Test
    void titleWordBrokenOverTwoLines_isStillTheTitleWord() {
        ImportResult result = IMPORTER.importText("BAN THƯỜNG TRỰC\nHƯỚNG\nDẪN\nVề công tác bầu cử năm 2025\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n");

        assertThat(result.plan().orElseThrow().type()).isEqualTo(DocumentType.GUIDANCE);
        assertThat(result.report().hasUnmapped()).as(result.format(Language.EN)).isFalse();
        assertThat(plan("KẾ\nHOẠCH\nVề công tác bầu cử năm 2025\nI. MỤC ĐÍCH\n").type()).isEqualTo(DocumentType.PLAN);
    }

    @Test
    void closingOfAGuidance_isTheClosing() {
        Plan plan = plan("HƯỚNG DẪN\nVề công tác bầu cử năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n"
                + "- Tổ chức hội nghị.\nTrên đây là Hướng dẫn tham gia công tác bầu cử./.\n");

        assertThat(plan.closing()).contains("Trên đây là Hướng dẫn tham gia công tác bầu cử./.");
    }

    // ------------------------------------------------------------------ references

    @Test
    void implementingReference_readsNumberSlashDateIssuerAndSubject() {
        DocumentReference parent = plan(seed()).parentPlan().orElseThrow();

        assertThat(parent.relation()).isEqualTo(ReferenceRelation.IMPLEMENTS);
        assertThat(parent.number()).contains(DocumentNumber.parse("457/KH-MTTQ-BTT"));
        assertThat(parent.date()).contains(LocalDate.of(2024, 1, 12));
        assertThat(parent.issuer()).contains("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh");
        assertThat(parent.subject()).contains("về triển khai thực hiện Cuộc vận động " + CAMPAIGN + " năm 2024");
    }

    @Test
    void legalBasisReference_readsTheSpelledOutDate() {
        String text = "KẾ HOẠCH\n" + TITLE + "\nCăn cứ Kế hoạch số 457/KH-MTTQ-BTT, ngày 12 tháng 01 năm 2024 của Ban "
                + "Thường trực Ủy ban MTTQ Việt Nam tỉnh về triển khai thực hiện Cuộc vận động năm 2024;\n"
                + PREAMBLE + "\nI. MỤC ĐÍCH - YÊU CẦU\n";
        DocumentReference basis = plan(text).references().get(0);

        // the only Front plan among the legal bases, and no "Thực hiện …": taken as the parent
        assertThat(basis.relation()).isEqualTo(ReferenceRelation.IMPLEMENTS);
        assertThat(basis.date()).contains(LocalDate.of(2024, 1, 12));
        assertThat(basis.issuerId()).isPresent();
    }

    @Test
    void legalBasesOnly_makeTheNearestFrontPlanTheParent() {
        ImportResult result = IMPORTER.importMarkdown("KẾ HOẠCH\nThực hiện công tác bầu cử năm 2025\n"
                + "Căn cứ Kế hoạch số 06/KH-MTTW-BTT, ngày 22/7/2025 của Ủy ban Trung ương MTTQ Việt Nam về bầu cử; "
                + "Kế hoạch số 33/KH-MTTQ-BTT, ngày 17/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về bầu cử; "
                + "Kế hoạch số 21-KH/ĐU, ngày 29/7/2025 của Đảng ủy xã;\nI. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n");

        DocumentReference parent = result.plan().orElseThrow().parentPlan().orElseThrow();
        assertThat(parent.number()).contains(DocumentNumber.parse("33/KH-MTTQ-BTT"));
        assertThat(parent.date()).contains(LocalDate.of(2025, 11, 17));
        assertThat(codes(result, 3)).contains(ImportCode.PARENT_FROM_LEGAL_BASIS);
        assertThat(plan(seed()).references()).filteredOn(r -> r.relation() == ReferenceRelation.IMPLEMENTS)
                .extracting(r -> r.number().orElseThrow().toString()).containsExactly("457/KH-MTTQ-BTT");
    }

    @Test
    void legalBasesOfNoFrontBody_giveNoParent() {
        ImportResult result = IMPORTER.importMarkdown("HƯỚNG DẪN\nGiới thiệu người ứng cử năm 2025\n"
                + "Căn cứ Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội;\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n");

        assertThat(result.plan().orElseThrow().parentPlan()).isEmpty();
        assertThat(result.report().findings()).extracting(Finding::code).doesNotContain("PARENT_FROM_LEGAL_BASIS");
    }

    @Test
    void guidanceInATask_givesGuidanceAndCitedReferences() {
        Plan plan = plan(seed());
        Task festival = onlyTask(plan, "II.4.1");

        assertThat(festival.guidanceIds()).hasSize(2);
        assertThat(plan.reference(festival.guidanceIds().get(0)).flatMap(DocumentReference::number))
                .contains(DocumentNumber.parse("113/HD-MTTW-BTT"));
        assertThat(plan.reference(festival.guidanceIds().get(1)).flatMap(DocumentReference::issuer))
                .contains("Ban Thường trực Ủy ban MTTQ Việt Nam huyện");
        assertThat(plan.references()).filteredOn(r -> r.relation() == ReferenceRelation.CITED)
                .extracting(r -> r.number().orElseThrow().toString()).containsExactly("26/NQ-MTTW-ĐCT");
    }

    // ------------------------------------------------------------------ sections

    @Test
    void sectionHeadings_giveTheirKinds_includingVariants() {
        ImportResult result = IMPORTER.importText(doc("I. MỤC ĐÍCH - YÊU CẦU", "II. NỘI DUNG", "III. KINH PHÍ",
                "IV. TỔ CHỨC THỰC HIỆN", "V. THÀNH PHẦN", "VI. THỜI GIAN THỰC HIỆN", "VII. CHẾ ĐỘ BÁO CÁO"));

        assertThat(result.plan().orElseThrow().sections()).extracting(Section::kind).containsExactly(
                SectionKind.OBJECTIVES, SectionKind.CONTENT, SectionKind.FUNDING, SectionKind.ORGANISATION,
                SectionKind.PARTICIPANTS, SectionKind.TIMING, SectionKind.OTHER);
        assertThat(codes(result, 10)).containsExactly(ImportCode.SECTION_KIND_OTHER);
    }

    @Test
    void headings_areRecognisedInAnyMixOfMarkupAndCase() {
        Plan plan = plan(doc("# i. mục đích - yêu cầu", "**II. Nội dung thực hiện**", "_III. Kinh phí_",
                "### ***IV. TỔ CHỨC THỰC HIỆN***", "V. MUC DICH - YEU CAU"));

        assertThat(plan.sections()).extracting(Section::kind).containsExactly(SectionKind.OBJECTIVES,
                SectionKind.CONTENT, SectionKind.FUNDING, SectionKind.ORGANISATION, SectionKind.OBJECTIVES);
        assertThat(plan.sections()).extracting(Section::heading).containsExactly("mục đích - yêu cầu",
                "Nội dung thực hiện", "Kinh phí", "TỔ CHỨC THỰC HIỆN", "MUC DICH - YEU CAU");
    }

    @Test
    void nfdInput_importsAsTheNfcDocument() {
        String nfd = Normalizer.normalize(seed(), Normalizer.Form.NFD);

        assertThat(nfd).isNotEqualTo(seed());
        assertThat(IMPORTER.importMarkdown(nfd)).isEqualTo(IMPORTER.importMarkdown(seed()));
    }

    @Test
    void numberedSubsections_areKeptAsWritten_includingTheSeedsTwoSubsections2() {
        Plan plan = plan(seed());
        Section organisation = plan.sections().get(3);

        assertThat(organisation.subsections()).extracting(Section::number).containsExactly("1", "2", "2");
        assertThat(organisation.subsections()).extracting(Section::id).doesNotHaveDuplicates();
        assertThat(section(plan, "II.2").subsections()).extracting(Section::number).containsExactly("2.1", "2.2");
        assertThat(section(plan, "II.4").subsections()).extracting(Section::heading)
                .containsExactly("Ngày hội Đại đoàn kết toàn dân tộc", "Các ngày hội khác tại địa phương");
    }

    @Test
    void objectives_boldLeadIsTheHeadingAndTheRestAParagraph() {
        Plan plan = plan(seed());

        assertThat(section(plan, "I.1").kind()).isEqualTo(SectionKind.PURPOSE);
        assertThat(section(plan, "I.1").heading()).isEqualTo("Mục đích");
        assertThat(plan.paragraphs(SectionKind.REQUIREMENT)).singleElement().asString()
                .startsWith("Việc triển khai các nội dung Cuộc vận động");
    }

    // ------------------------------------------------------------------ tasks

    @Test
    void contentFormAndTimeFields_makeOneTask() {
        Task propaganda = onlyTask(plan(seed()), "II.1");

        assertThat(propaganda.description()).isEmpty();
        assertThat(propaganda.content()).get().asString().startsWith("Thực hiện tuyên truyền 05 nội dung");
        assertThat(propaganda.form()).get().asString().startsWith("Tổ chức tuyên truyền trực tiếp");
        assertThat(propaganda.schedule()).contains(Schedule.ongoing());
        assertThat(propaganda.kinds()).containsExactly(TaskKind.PROPAGANDA);
        assertThat(propaganda.channels()).startsWith(Channel.PEOPLES_MEETING, Channel.FORUM, Channel.MEETING)
                .contains(Channel.ZALO, Channel.FACEBOOK, Channel.LEAFLET);
        assertThat(propaganda.contents()).hasSize(5);
    }

    @Test
    void schedulePhrases_areReadWithScheduleParse() {
        Plan plan = plan(doc("II. NỘI DUNG", "1. Tập huấn", "- Tổ chức tập huấn.", "- Thời gian thực hiện: Trong năm 2024.",
                "2. Ngày hội", "- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc.", "- Thời gian thực hiện: Quý III, IV/2024.",
                "3. Đợt cao điểm", "- Vận động Quỹ “Vì người nghèo”.",
                "- Thời gian thực hiện: từ ngày 17/10/2024 đến ngày 18/11/2024.",
                "4. Sơ kết", "- Tổ chức sơ kết.", "- Thời gian thực hiện: trước ngày 15/12/2024."));

        assertThat(plan.allTasks()).extracting(task -> task.schedule().orElseThrow()).containsExactly(
                Schedule.year(2024), Schedule.quarters(2024, 3, 4),
                Schedule.between(LocalDate.of(2024, 10, 17), LocalDate.of(2024, 11, 18)),
                Schedule.before(LocalDate.of(2024, 12, 15)));
    }

    @Test
    void timePhrasesOfRealPlans_areInterpretedAndReportedAsGuessed() {
        ImportResult result = IMPORTER.importMarkdown(doc("II. NỘI DUNG", "1. Hướng dẫn", "- Xây dựng hướng dẫn.",
                "- Thời gian hoàn thành: Dự kiến tháng 11/2025 (sau khi tỉnh ban hành Hướng dẫn).", "2. Hội nghị",
                "- Tổ chức hội nghị hiệp thương.", "- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;", "3. Hiệp thương",
                "- Tổ chức hiệp thương lần thứ nhất.", "- Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025).",
                "4. Báo cáo", "- Gửi biên bản.", "- Thời gian: Chậm nhất ngày 10/12/2025"));

        Plan plan = result.plan().orElseThrow();
        assertThat(plan.allTasks()).extracting(task -> task.schedule().orElseThrow()).containsExactly(
                Schedule.months(2025, 11),
                Schedule.between(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31)),
                Schedule.between(LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 5)),
                Schedule.before(LocalDate.of(2025, 12, 11)));
        assertThat(codes(result, 7)).containsExactly(ImportCode.SCHEDULE_INTERPRETED);
        assertThat(codes(result, 16)).containsExactly(ImportCode.SCHEDULE_INTERPRETED);
    }

    // ------------------------------------------------------------------ layouts of real plans

    private static final String ELECTION = "KẾ HOẠCH\nThực hiện công tác bầu cử năm 2025\n"
            + "I. MỤC ĐÍCH, YÊU CẦU\n- Bảo đảm dân chủ.\nII. NỘI DUNG\n";

    @Test
    void tableOfTasks_givesATaskPerRowWithScheduleLeadAndCoordination_inAnyOrderOfColumns() {
        ImportResult result = IMPORTER.importMarkdown(ELECTION
                + "| Nội dung | Chủ trì | Thời gian | STT | Phối hợp |\n"
                + "|---|---|---|---|---|\n"
                + "| Công tác tuyên truyền | | | I | |\n"
                + "| Tổ chức hội nghị hiệp thương lần thứ nhất | Ban Thường trực Ủy ban MTTQ Việt Nam xã | Quý IV/2025 | 1 "
                + "| Ủy ban nhân dân xã |\n"
                + "| Tuyên truyền về bầu cử | Các tổ chức thành viên | Từ tháng 12/2025 đến quý I/2026 | 2 | |\n");

        Plan plan = result.plan().orElseThrow();
        assertThat(result.report().hasUnmapped()).as(result.format(Language.EN)).isFalse();
        Section content = section(plan, "II");
        assertThat(content.paragraphs()).containsExactly("Công tác tuyên truyền | I");
        assertThat(content.tasks()).extracting(task -> task.description().orElseThrow(),
                        task -> task.schedule().orElseThrow())
                .containsExactly(tuple("Tổ chức hội nghị hiệp thương lần thứ nhất", Schedule.quarters(2025, 4)),
                        tuple("Tuyên truyền về bầu cử",
                                Schedule.between(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 31))));
        assertThat(content.tasks().get(0).assignments()).extracting(a -> a.role(),
                        a -> plan.actor(a.actorId()).orElseThrow().kind())
                .containsExactly(tuple(Role.LEAD, ActorKind.STANDING_COMMITTEE),
                        tuple(Role.COORDINATE, ActorKind.PEOPLES_COMMITTEE));
        assertThat(content.tasks().get(1).assignments()).extracting(a -> a.role(),
                        a -> plan.actor(a.actorId()).orElseThrow().kind())
                .containsExactly(tuple(Role.LEAD, ActorKind.MEMBER_ORGANISATION));
    }

    @Test
    void tableOfTasks_inPlainTextAndInWord_givesTheSameTasksAsInMarkdown() throws IOException {
        String rows = "| STT | Nội dung | Thời gian | Chủ trì |\n|---|---|---|---|\n"
                + "| 1 | Tổ chức hội nghị hiệp thương | Quý IV/2025 | Ban Thường trực Ủy ban MTTQ Việt Nam xã |\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : ELECTION.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(2, 4);
            String[][] cells = {{"STT", "Nội dung", "Thời gian", "Chủ trì"},
                {"1", "Tổ chức hội nghị hiệp thương", "Quý IV/2025", "Ban Thường trực Ủy ban MTTQ Việt Nam xã"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            document.write(bytes);
        }

        Plan markdown = plan(ELECTION + rows);
        assertThat(IMPORTER.importText(ELECTION + rows).plan().orElseThrow().allTasks().toList())
                .isEqualTo(markdown.allTasks().toList());
        assertThat(IMPORTER.importDocx(new ByteArrayInputStream(bytes.toByteArray())).plan().orElseThrow()
                .allTasks().toList()).isEqualTo(markdown.allTasks().toList());
        assertThat(markdown.allTasks()).hasSize(1);
    }

    @Test
    void numberedItemWithItsFields_isOneTaskWithTimeLeadAndDetails() {
        ImportResult result = IMPORTER.importMarkdown(ELECTION
                + "1. Tổ chức các hội nghị hiệp thương\n"
                + "1.1. Xây dựng và ban hành Hướng dẫn của Ban Thường trực về công tác bầu cử.\n"
                + "- Bảo đảm thống nhất với hướng dẫn cấp trên.\n"
                + "- Thời gian hoàn thành: Dự kiến tháng 11/2025 (sau khi tỉnh ban hành Hướng dẫn).\n"
                + "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã\n"
                + "- Đơn vị phối hợp: Các đ/c Phó chủ tịch, Trưởng đoàn thể xã.\n"
                + "- Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.\n"
                + "1.2. Tham gia các đoàn kiểm tra, giám sát công tác bầu cử do cấp trên tổ chức.\n");

        Plan plan = result.plan().orElseThrow();
        assertThat(plan.allTasks()).hasSize(2);
        Task first = plan.allTasks().findFirst().orElseThrow();
        assertThat(first.description().orElseThrow()).startsWith("Xây dựng và ban hành Hướng dẫn")
                .contains("Bảo đảm thống nhất", "Đơn vị phối hợp: Các đ/c Phó chủ tịch",
                        "Kết quả: Dự thảo Hướng dẫn");
        assertThat(first.schedule()).contains(Schedule.months(2025, 11));
        assertThat(first.assignments()).extracting(a -> a.role(), a -> plan.actor(a.actorId()).orElseThrow().kind())
                .containsExactly(tuple(Role.LEAD, ActorKind.STANDING_COMMITTEE));
        assertThat(section(plan, "II.1.2").tasks()).extracting(task -> task.description().orElseThrow())
                .containsExactly("Tham gia các đoàn kiểm tra, giám sát công tác bầu cử do cấp trên tổ chức.");
    }

    @Test
    void stepsNumberedInBrackets_areEachATask_onTheirLinesOrInOne() {
        Plan plan = plan(ELECTION
                + "1. Chuẩn bị các văn bản và tổ chức 3 Hội nghị hiệp thương theo Hướng dẫn của tỉnh.\n"
                + "- Nguyên tắc tổ chức hiệp thương: Bảo đảm dân chủ.\n"
                + "(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025.\n"
                + "(2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026.\n"
                + "2. Đối với thôn: (1) Họp dự kiến người giới thiệu; (2) Hội nghị cử tri thôn.\n");

        assertThat(section(plan, "II.1").tasks()).extracting(task -> task.description().orElseThrow())
                .containsExactly("(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025.",
                        "(2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026.");
        assertThat(section(plan, "II.1").paragraphs()).containsExactly("Nguyên tắc tổ chức hiệp thương: Bảo đảm dân chủ.");
        assertThat(section(plan, "II.2").tasks()).extracting(task -> task.description().orElseThrow())
                .containsExactly("(1) Họp dự kiến người giới thiệu", "(2) Hội nghị cử tri thôn.");
    }

    @Test
    void procedureAndRules_giveTheirNumberedStepsOnly() {
        Plan plan = plan("HƯỚNG DẪN\nGiới thiệu người ứng cử năm 2025\n1. Mục đích\n- Bảo đảm đúng luật.\n"
                + "2. Quy trình giới thiệu\n"
                + "Hội nghị cử chủ tọa và thư ký hội nghị.\n"
                + "2.1. Đối với cơ quan: (1) Họp Ban lãnh đạo; (2) Hội nghị cử tri nơi công tác.\n"
                + "3. Nội dung\n3.1. Quy định về số lượng cử tri\n- Đối với thôn có dưới 100 cử tri: toàn thể cử tri.\n");

        assertThat(plan.sections()).extracting(Section::id, Section::kind).containsExactly(
                tuple("1", SectionKind.OBJECTIVES), tuple("2", SectionKind.CONTENT), tuple("3", SectionKind.CONTENT));
        assertThat(section(plan, "2").paragraphs()).containsExactly("Hội nghị cử chủ tọa và thư ký hội nghị.");
        assertThat(section(plan, "2.1").tasks()).extracting(task -> task.description().orElseThrow())
                .containsExactly("(1) Họp Ban lãnh đạo", "(2) Hội nghị cử tri nơi công tác.");
        assertThat(section(plan, "3.1").tasks()).isEmpty();
        assertThat(section(plan, "3.1").paragraphs()).hasSize(1);
    }

    @Test
    void timeOfARound_inItsHeading_isTheTimeOfTheTasksUnderIt() {
        Plan plan = plan(ELECTION
                + "Hoạt động kiểm tra, giám sát được chia thành 02 đợt:\n"
                + "1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:\n"
                + "a) Nội dung Kiểm tra (Đối với Ban CTMT các thôn):\n- Kiểm tra việc tổ chức hội nghị.\n"
                + "b) Nội dung Giám sát:\n- Giám sát việc tiếp nhận hồ sơ.\n- Giám sát việc thành lập Ủy ban bầu cử.\n"
                + "2. Đợt 2: Từ ngày 15/3/2026 đến ngày bầu cử:\n- Kiểm tra việc tuyên truyền.\n");

        assertThat(section(plan, "II").paragraphs()).containsExactly("Hoạt động kiểm tra, giám sát được chia thành 02 đợt:");
        assertThat(section(plan, "II.1.a").tasks()).extracting(task -> task.schedule().orElseThrow())
                .containsExactly(Schedule.between(LocalDate.of(2025, 12, 5), LocalDate.of(2026, 2, 20)));
        assertThat(section(plan, "II.1.b").tasks()).hasSize(2);
        assertThat(section(plan, "II.2").tasks()).extracting(task -> task.schedule().isPresent()).containsExactly(false);
    }

    @Test
    void timeOfSeveralRounds_isTheSpanFromTheFirstToTheLast() {
        ImportResult result = IMPORTER.importMarkdown(ELECTION
                + "1. Kiểm tra việc hiệp thương thỏa thuận về cơ cấu, thành phần, số lượng người ứng cử\n"
                + "- Việc đảm bảo về tiêu chuẩn, cơ cấu.\n"
                + "\\* Thời gian thực hiện:\n"
                + "+ Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025.\n"
                + "+ Đợt 2: Trong khoảng thời gian từ ngày 09/02/2026 đến ngày 20/02/2026.\n");

        Plan plan = result.plan().orElseThrow();
        assertThat(result.report().hasUnmapped()).as(result.format(Language.EN)).isFalse();
        assertThat(plan.allTasks()).extracting(task -> task.schedule().orElseThrow())
                .containsExactly(Schedule.between(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 20)));
    }

    @Test
    void sectionsNumberedInArabic_areSiblings_andLettersAreSiblingsToo() {
        Plan plan = plan("HƯỚNG DẪN\nGiới thiệu người ứng cử năm 2025\n1. Mục đích\n- Đúng luật.\n2. Yêu cầu\n"
                + "- Dân chủ.\n3. Nội dung\n3.1. Đối với cơ quan\na) Tổ chức hội nghị cử tri nơi công tác của người ứng cử.\n"
                + "b) Tổ chức hội nghị Ban lãnh đạo mở rộng để giới thiệu chính thức.\n3.2. Đối với thôn\n");

        assertThat(plan.allSections().map(Section::id)).containsExactly("1", "2", "3", "3.1", "3.1.a", "3.1.b", "3.2");
    }

    @Test
    void annexAfterTheSignature_isASectionOfItsOwnWithItsLinesAsParagraphs() {
        ImportResult result = IMPORTER.importMarkdown(ELECTION + "- Tổ chức hội nghị.\n"
                + "Nơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLan Thị Vân\n---\n# PHỤ BIỂU\n"
                + "## Cơ cấu, số lượng giới thiệu người ứng cử\n"
                + "| Cơ quan/đơn vị | Số lượng |\n|---|---|\n| Khối Đảng ủy | 14 |\n"
                + "I. Đối với các thôn\nBước 1: Họp Ban công tác Mặt trận.\n");

        Plan plan = result.plan().orElseThrow();
        assertThat(result.report().hasUnmapped()).as(result.format(Language.EN)).isFalse();
        Section annex = section(plan, "annex");
        assertThat(annex.number()).isEqualTo("PHỤ BIỂU");
        assertThat(annex.heading()).isEqualTo("Cơ cấu, số lượng giới thiệu người ứng cử");
        assertThat(annex.kind()).isEqualTo(SectionKind.OTHER);
        assertThat(annex.paragraphs()).containsExactly("Cơ quan/đơn vị | Số lượng", "Khối Đảng ủy | 14",
                "I. Đối với các thôn", "Bước 1: Họp Ban công tác Mặt trận.");
        assertThat(plan.signature().orElseThrow().signerName()).isEqualTo("Lan Thị Vân");
    }

    @Test
    void chaptersAndArticlesOfARegulation_areSectionsAndSubsections() {
        ImportResult result = IMPORTER.importMarkdown("QUY CHẾ\nPHỐI\nHỢP CÔNG TÁC GIAI ĐOẠN\n2017-2021\n"
                + "Căn cứ Luật Mặt trận Tổ quốc Việt Nam\nngày 09/6/2015;\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n"
                + "Điều 1. Nguyên tắc phối hợp\nTrên cơ sở chức năng nhiệm vụ được pháp luật quy định.\n"
                + "Điều 2. Trách nhiệm\nChương II. NỘI DUNG PHỐI HỢP\n");

        Plan plan = result.plan().orElseThrow();
        assertThat(result.report().hasUnmapped()).as(result.format(Language.EN)).isFalse();
        assertThat(plan.title()).isEqualTo("PHỐI HỢP CÔNG TÁC GIAI ĐOẠN 2017-2021");
        assertThat(plan.sections()).extracting(Section::id, Section::number, Section::heading).containsExactly(
                tuple("chuong-i", "Chương I", "NHỮNG QUY ĐỊNH CHUNG"),
                tuple("chuong-ii", "Chương II", "NỘI DUNG PHỐI HỢP"));
        assertThat(plan.sections().get(0).subsections()).extracting(Section::number, Section::heading)
                .containsExactly(tuple("Điều 1", "Nguyên tắc phối hợp"), tuple("Điều 2", "Trách nhiệm"));
    }

    @Test
    void unreadableSchedule_isReportedUnmapped() {
        ImportResult result = IMPORTER.importText(doc("II. NỘI DUNG", "1. Tập huấn", "- Tổ chức tập huấn.",
                "- Thời gian thực hiện: khi có điều kiện."));

        assertThat(codes(result, 7)).containsExactly(ImportCode.SCHEDULE_UNREADABLE);
        assertThat(result.isComplete()).isFalse();
    }

    @Test
    void ifAny_makesATaskOptional_andActualSituation_discretionary() {
        Plan plan = plan(seed());

        Task exchange = onlyTask(plan, "II.2.2");
        assertThat(exchange.optional()).isTrue();
        assertThat(exchange.discretionary()).isTrue();
        Task training = onlyTask(plan, "II.2.1");
        assertThat(training.optional()).isFalse();
        assertThat(training.discretionary()).as("tùy vào tình hình thực tế").isTrue();
        assertThat(section(plan, "II.5").tasks()).extracting(Task::optional).containsExactly(false, false, true, false);
    }

    @Test
    void taskKinds_comeFromTheGlossaryWords_andOtherWordingIsReportedAsGuessed() {
        ImportResult result = IMPORTER.importMarkdown(seed());
        Plan plan = result.plan().orElseThrow();

        Task fund = section(plan, "II.5").tasks().get(1);
        assertThat(fund.kinds()).containsExactly(TaskKind.CAMPAIGN_BOARD, TaskKind.FOR_THE_POOR_FUND);
        assertThat(codes(result, 69)).doesNotContain(ImportCode.TASK_KIND_INFERRED);
        assertThat(section(plan, "II.5").tasks().get(0).kinds()).containsExactly(TaskKind.COORDINATION);
        assertThat(codes(result, 67)).contains(ImportCode.TASK_KIND_INFERRED);
    }

    @Test
    void taskOfNoKnownKind_isDefaultedToOther() {
        ImportResult result = IMPORTER.importText(doc("II. NỘI DUNG", "- Làm các việc khác."));

        assertThat(result.plan().orElseThrow().allTasks()).extracting(Task::kinds)
                .containsExactly(List.of(TaskKind.OTHER));
        assertThat(codes(result, 5)).containsExactly(ImportCode.TASK_KIND_OTHER);
    }

    @Test
    void fundingSources_readStateBudgetWithItsBasisAndSocialisedSources() {
        Plan plan = plan(seed());

        assertThat(plan.funding().sources()).extracting(FundingSource::kind)
                .containsExactly(FundingSourceKind.STATE_BUDGET, FundingSourceKind.SOCIALISED);
        FundingSource state = plan.funding().sources().get(0);
        assertThat(state.description()).startsWith("Thực hiện theo Thông tư 121/2017/TT-BTC");
        DocumentReference basis = plan.reference(state.basisId().orElseThrow()).orElseThrow();
        assertThat(basis.relation()).isEqualTo(ReferenceRelation.FUNDING_BASIS);
        assertThat(basis.issuer()).contains("Bộ Tài chính");
        assertThat(plan.actor(basis.issuerId().orElseThrow()).flatMap(Actor::symbolCode)).contains("BTC");
    }

    @Test
    void organisationSubsections_giveResponsibilitiesPerActor() {
        Plan plan = plan(seed());
        Map<String, List<Task>> duties = plan.responsibilities();

        assertThat(duties.keySet()).extracting(id -> plan.actor(id).orElseThrow().name()).containsExactly(
                "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Các tổ chức thành viên Ủy ban MTTQ Việt Nam huyện",
                "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn");
        assertThat(duties.values()).extracting(List::size).containsExactly(5, 3, 3);
        assertThat(duties.keySet().iterator().next()).isEqualTo(plan.issuerId());
    }

    @Test
    void sentenceSubjectLeads_doXOrganises_andCoordinationClauses() {
        Plan plan = plan(seed());

        Task training = onlyTask(plan, "II.2.1");
        assertThat(training.assignments()).extracting(a -> plan.actor(a.actorId()).orElseThrow().name() + "/" + a.role())
                .containsExactly("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh/" + Role.LEAD,
                        "Ban Thường trực Ủy ban MTTQ Việt Nam các cấp/" + Role.PARTICIPATE);
        Task coordination = section(plan, "IV.1").tasks().get(1);
        assertThat(coordination.assignments()).extracting(a -> a.role()).containsOnly(Role.COORDINATE).hasSize(3);
    }

    // ------------------------------------------------------------------ actors, recipients, signature

    @Test
    void actors_areBuiltFromTheNamesWithDeterministicIds() {
        Plan plan = plan(seed());

        Actor allLevels = plan.actors().stream().filter(a -> a.name().endsWith("các cấp")).findFirst().orElseThrow();
        assertThat(allLevels.level()).isEmpty();
        assertThat(allLevels.plural()).isTrue();
        assertThat(allLevels.id()).isEqualTo("standing-committees-all-levels");
        Actor communes = plan.actors().stream().filter(a -> a.name().endsWith("các xã, thị trấn")).findFirst()
                .orElseThrow();
        assertThat(communes.level()).contains(AdministrativeLevel.COMMUNE);
        assertThat(communes.id()).isEqualTo("commune-standing-committees");
        assertThat(plan.issuerId()).isEqualTo("district-standing-committee");
        assertThat(plan.issuer().flatMap(Actor::parentId).flatMap(plan::actor).map(Actor::name))
                .contains("Ủy ban MTTQ Việt Nam huyện");
        assertThat(plan.actors()).extracting(Actor::kind).contains(ActorKind.PARTY_COMMITTEE,
                ActorKind.PEOPLES_COUNCIL, ActorKind.PEOPLES_COMMITTEE, ActorKind.EMULATION_CLUSTER,
                ActorKind.CAMPAIGN_BOARD, ActorKind.PRESIDIUM, ActorKind.STATE_AGENCY);
    }

    @Test
    void recipients_readTheirMarkersAndTheFileCopy() {
        Plan plan = plan(seed());

        assertThat(plan.recipients()).extracting(Recipient::purpose).containsExactly(RecipientPurpose.REPORT,
                RecipientPurpose.REPORT, RecipientPurpose.INFORMATION, RecipientPurpose.INFORMATION,
                RecipientPurpose.INFORMATION, RecipientPurpose.COORDINATION, RecipientPurpose.IMPLEMENTATION,
                RecipientPurpose.FILE_COPY);
        assertThat(plan.recipients().get(2).actorIds()).extracting(id -> plan.actor(id).orElseThrow().name())
                .containsExactly("Thường trực Hội đồng nhân dân huyện", "Ủy ban nhân dân huyện");
        assertThat(plan.recipients().get(7).name()).isEqualTo("VT");
    }

    @Test
    void recipientMarkers_inLowerCase_andLuuWithColon() {
        Plan plan = plan(doc("I. MỤC ĐÍCH - YÊU CẦU", "Nơi nhận:", "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);",
                "- Như trên (t/h);", "- Lưu: VT, MTTQ."));

        assertThat(plan.recipients()).extracting(Recipient::purpose).containsExactly(RecipientPurpose.REPORT,
                RecipientPurpose.IMPLEMENTATION, RecipientPurpose.FILE_COPY);
        assertThat(plan.recipients().get(1).actorIds()).isEmpty();
        assertThat(plan.recipients().get(2).name()).isEqualTo("VT, MTTQ");
    }

    @Test
    void signature_readsAuthorityPositionAndName() {
        assertThat(plan(seed()).signature()).contains(
                Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung"));
        Plan deputy = plan(doc("I. MỤC ĐÍCH - YÊU CẦU", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn An"));
        assertThat(deputy.signature()).contains(
                Signature.of(SigningAuthority.FOR_THE_HEAD, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"));
    }

    // ------------------------------------------------------------------ nothing dropped

    @Test
    void strayLine_isReportedUnmappedWithItsLine() {
        ImportResult result = IMPORTER.importText("ghi chú nội bộ, không phải văn bản\n" + doc("I. MỤC ĐÍCH - YÊU CẦU"));

        assertThat(result.plan()).isPresent();
        assertThat(result.report().findings(ImportKind.UNMAPPED)).singleElement()
                .satisfies(note -> {
                    assertThat(note.line()).hasValue(1);
                    assertThat(note.source()).contains("ghi chú nội bộ, không phải văn bản");
                    assertThat(note.code()).isEqualTo(ImportCode.LINE_OUTSIDE_STRUCTURE.code());
                    assertThat(note.severity()).isEqualTo(Severity.WARNING);
                    assertThat(note.pointer()).isEqualTo(PlanPointer.root());
                    assertThat(ImportReport.format(note, Language.VI))
                            .isEqualTo("dòng 1: UNMAPPED LINE_OUTSIDE_STRUCTURE: Dòng không thuộc phần nào của kế hoạch "
                                    + "mà trình nhập nhận ra — \"ghi chú nội bộ, không phải văn bản\"");
                    assertThat(ImportReport.format(note, Language.EN))
                            .isEqualTo("line 1: UNMAPPED LINE_OUTSIDE_STRUCTURE: The line belongs to no part of the plan "
                                    + "the importer recognised — \"ghi chú nội bộ, không phải văn bản\"");
                });
    }

    @Test
    void notAPlan_givesAClearReportAndNoPlan() {
        ImportResult recipe = IMPORTER.importMarkdown("# Bánh chưng\n\n1. Ngâm gạo nếp qua đêm.\n2. Gói bánh.\n"
                + "3. Luộc 10 giờ.\n");

        assertThat(recipe.plan()).isEmpty();
        assertThat(recipe.noPlanReason()).contains(NoPlanReason.NO_PLAN_STRUCTURE);
        assertThat(recipe.report().findings()).extracting(note -> note.line().getAsInt()).containsExactly(1, 3, 4, 5);
        assertThat(recipe.report().findings()).extracting(Finding::code).containsOnly(ImportCode.NOT_A_PLAN.code());
        assertThat(recipe.format(Language.EN)).startsWith("No plan was built: No document structure found");
        assertThat(recipe.isComplete()).isFalse();
    }

    @Test
    void emptyOrRandomInput_givesNoPlanWithoutException() {
        assertThat(IMPORTER.importText("").noPlanReason()).contains(NoPlanReason.EMPTY_DOCUMENT);
        assertThat(IMPORTER.importText(" \n\n\t\n").noPlanReason()).contains(NoPlanReason.EMPTY_DOCUMENT);
        assertThat(IMPORTER.importText("x7# ]] ::: ---- \u0000 ***").noPlanReason())
                .contains(NoPlanReason.NO_PLAN_STRUCTURE);
    }

    @Test
    void entryPoints_rejectNull() {
        assertThatThrownBy(() -> IMPORTER.importMarkdown(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("markdown");
        assertThatThrownBy(() -> IMPORTER.importText(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> IMPORTER.importDocx(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("docx");
    }

    // ------------------------------------------------------------------ plain text and DOCX

    /** The seed without its Markdown: no '#', no emphasis, as a typist would write it. */
    static List<String> plainSeedLines() {
        return seed().lines().map(line -> line.replaceAll("^#+ *", "").replace("*", "")).collect(Collectors.toList());
    }

    @Test
    void importText_ofTheSeedWithoutMarkup_givesTheSamePlan() {
        ImportResult text = IMPORTER.importText(String.join("\n", plainSeedLines()));

        assertThat(text.plan()).isEqualTo(IMPORTER.importMarkdown(seed()).plan());
        assertThat(text.report().hasUnmapped()).isFalse();
    }

    @Test
    void importDocx_ofTheSeedWrittenWithPoi_givesTheSamePlan() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : plainSeedLines()) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(bytes);
        }

        ImportResult docx = IMPORTER.importDocx(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(docx.plan()).isEqualTo(IMPORTER.importMarkdown(seed()).plan());
        assertThat(docx.isComplete()).isTrue();
    }

    @Test
    void importDocx_ofBytesThatAreNotDocx_throwsIOException() {
        assertThatThrownBy(() -> IMPORTER.importDocx(new ByteArrayInputStream("KẾ HOẠCH".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageStartingWith("Not a Word (.docx) document");
    }
}
