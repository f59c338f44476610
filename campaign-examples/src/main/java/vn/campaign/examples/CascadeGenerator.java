package vn.campaign.examples;

import static vn.campaign.model.CampaignContent.CULTURE_EDUCATION_HEALTH;
import static vn.campaign.model.CampaignContent.DEMOCRACY_SUPERVISION;
import static vn.campaign.model.CampaignContent.ECONOMY_POVERTY_REDUCTION;
import static vn.campaign.model.CampaignContent.ENVIRONMENT_CLIMATE;
import static vn.campaign.model.CampaignContent.LAW_PUBLIC_ORDER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.campaign.compliance.NamedPlan;
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
 * Generates an illustrative national cascade of plans after the 2025 reform: one central plan, the
 * plans of 34 provinces, of 3,321 communes spread over them, and of a number of residential areas
 * per commune (30 by default: 102,986 plans in all), for one year.
 *
 * <p>Every plan is shaped like the real ones: the four parts of a Front plan (objectives, content,
 * funding, organisation), about thirty tasks as in the Kon Rẫy plan, with their schedules,
 * assignments, recipients, signature and budget lines under Circular 121/2017/TT-BTC. Each plan cites
 * its parent by number and date and links every task to the parent task it carries out, so that the
 * cascade is valid and complies with its parents: a benchmark of the clean case, where every rule
 * runs to its end. The places, numbers, dates, names and amounts are invented; each plan carries the
 * extension {@code x-generated} with the seed, so it can never pass for a real document.
 *
 * <p>The output is deterministic: the same seed, sizes and year give the same plans, byte for byte
 * once written. Each plan depends only on its own position and the seed, so plans can be made in any
 * order and in parallel. {@link #plans()} gives them in <em>cascade order</em> (every plan right
 * after its parent's, depth first), which is also the order of their {@linkplain NamedPlan#file()
 * names}: {@code 00-0000-000.json} for the centre, {@code PP-0000-000.json} for province PP,
 * {@code PP-CCCC-000.json} for its commune CCCC and {@code PP-CCCC-AAA.json} for that commune's
 * residential area AAA.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Why one class of about 700 lines: the positions, the headers and the parts of a generated plan
 * are one recipe, each part drawn from the same per-plan random stream in a fixed order; cut in two,
 * the order of the draws (and so the bytes of every generated plan, which the tests and benchmarks
 * pin) would depend on two files at once. It is an example, not API.
 */
public final class CascadeGenerator {

    /** The number of provinces and centrally governed cities from 1/7/2025 (Resolution 202/2025/QH15). */
    public static final int PROVINCES = 34;

    /** The number of communes, wards and special zones from 1/7/2025. */
    public static final int COMMUNES = 3_321;

    /** The default number of residential areas of each commune. */
    public static final int AREAS_PER_COMMUNE = 30;

    /** The default seed. */
    public static final long DEFAULT_SEED = 2026L;

    /** The extension member that marks a generated plan, with the seed as its value. */
    public static final String GENERATED = "x-generated";

    private static final String CAMPAIGN = "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”";
    private static final CampaignContent[] ALL_CONTENTS = {ECONOMY_POVERTY_REDUCTION, CULTURE_EDUCATION_HEALTH,
        ENVIRONMENT_CLIMATE, LAW_PUBLIC_ORDER, DEMOCRACY_SUPERVISION};
    private static final String PARENT = "parent-plan";
    private static final String CIRCULAR = "tt-121-2017";
    private static final String[] SYLLABLES = {"An", "Bình", "Hòa", "Minh", "Phú", "Tân", "Thạnh", "Long", "Sơn",
        "Hưng", "Phước", "Quang", "Thuận", "Ngọc", "Trà", "Hiệp", "Đông", "Tây", "Nam", "Bắc", "Lộc", "Thịnh",
        "Kim", "Xuân", "Hải", "Đức", "Lâm", "Vĩnh", "Trung", "Mỹ", "Đăk", "Kon", "Ea", "Cẩm", "Yên", "Gia"};
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "A", "Y"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Minh Châu", "Đức Dũng", "Thị Hoa", "Văn Hùng",
        "Thị Lan", "Quốc Minh", "Thị Ngọc", "Văn Phúc", "Thanh Sơn", "Thị Thu", "Hữu Trung", "Thị Xuân"};

    private final int communes;
    private final int areasPerCommune;
    private final long seed;
    private final int year;
    private final int provinces;

    private CascadeGenerator(Builder builder) {
        this.communes = builder.communes;
        this.areasPerCommune = builder.areasPerCommune;
        this.seed = builder.seed;
        this.year = builder.year;
        this.provinces = Math.min(PROVINCES, communes);
    }

    /**
     * Returns a builder with the national sizes, the default seed and the year 2026.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the generator of the whole nation with the default seed: 102,986 plans.
     *
     * @return the generator, never null
     */
    public static CascadeGenerator national() {
        return builder().build();
    }

    /**
     * Returns the number of plans this generator makes.
     *
     * @return 1 + provinces + communes × (1 + areas per commune)
     */
    public long size() {
        return 1L + provinces + (long) communes * (1 + areasPerCommune);
    }

    /**
     * Returns the number of provinces: 34, or the number of communes where that is smaller.
     *
     * @return the number of provinces, at least 1
     */
    public int provinces() {
        return provinces;
    }

    /**
     * Returns the plans in cascade order, each named by its file name, made as they are consumed.
     *
     * @return a sequential stream of {@link #size()} plans, never null
     */
    public Stream<NamedPlan> plans() {
        // The positions first, in a list (a few megabytes for the nation), and each plan made from its
        // position as the stream is consumed. A stream of plans flat-mapped by province would be
        // buffered a province at a time by Stream.iterator() (and by a parallel stream's splits):
        // some 3,000 plans, several hundred megabytes, held at once.
        return positions().stream().map(this::plan);
    }

    /** Every position, in cascade order. */
    private List<Position> positions() {
        List<Position> positions = new ArrayList<>((int) size());
        positions.add(Position.CENTRE);
        for (int province = 1; province <= provinces; province++) {
            positions.add(new Position(province, 0, 0));
            int communesOfProvince = (int) communesOf(province).count();
            for (int commune = 1; commune <= communesOfProvince; commune++) {
                for (int area = 0; area <= areasPerCommune; area++) {
                    positions.add(new Position(province, commune, area));
                }
            }
        }
        return positions;
    }

    /** The communes of a province, numbered from 1: the first {@code communes % provinces} get one more. */
    private IntStream communesOf(int province) {
        int base = communes / provinces;
        int extra = province <= communes % provinces ? 1 : 0;
        return IntStream.rangeClosed(1, base + extra);
    }

    /**
     * Returns one plan by its position in the cascade.
     *
     * @param province the province, 1 to {@link #provinces()}, or 0 for the central plan
     * @param commune the commune within the province, from 1, or 0 for the province's plan
     * @param area the residential area within the commune, 1 to the areas per commune, or 0 for the
     *     commune's plan
     * @return the plan named by its file name, never null
     * @throws IllegalArgumentException if there is no such plan
     */
    public NamedPlan plan(int province, int commune, int area) {
        Position position = new Position(province, commune, area);
        boolean valid = province >= 0 && province <= provinces && commune >= 0 && area >= 0
                && area <= areasPerCommune && (province > 0 || commune == 0 && area == 0)
                && (commune > 0 || area == 0) && (commune == 0 || communesOf(province).anyMatch(c -> c == commune));
        if (!valid) {
            throw new IllegalArgumentException("No plan at " + position.name() + " in " + this);
        }
        return plan(position);
    }

    @Override
    public String toString() {
        return "CascadeGenerator[" + provinces + " provinces, " + communes + " communes, " + areasPerCommune
                + " areas per commune, seed " + seed + ", year " + year + "]";
    }

    // ---------------------------------------------------------------------------------------------

    /** Where a plan sits: province 0 is the centre; commune 0 the province; area 0 the commune. */
    private record Position(int province, int commune, int area) {

        static final Position CENTRE = new Position(0, 0, 0);

        AdministrativeLevel level() {
            return province == 0 ? AdministrativeLevel.CENTRAL
                    : commune == 0 ? AdministrativeLevel.PROVINCE
                    : area == 0 ? AdministrativeLevel.COMMUNE : AdministrativeLevel.RESIDENTIAL_AREA;
        }

        Position parent() {
            return area > 0 ? new Position(province, commune, 0)
                    : commune > 0 ? new Position(province, 0, 0) : CENTRE;
        }

        String name() {
            return String.format(Locale.ROOT, "%02d-%04d-%03d.json", province, commune, area);
        }
    }

    /** What a plan's children need to know of it: its number, date, unit and issuer's name. */
    private record Header(Position position, DocumentNumber number, LocalDate date, String unit, String issuerName,
            String symbolCode) {
    }

    private SplittableRandom random(Position position, int salt) {
        long key = seed;
        key = key * 1_000_003L + position.province();
        key = key * 1_000_003L + position.commune();
        key = key * 1_000_003L + position.area();
        key = key * 31L + salt;
        return new SplittableRandom(key);
    }

    private Header header(Position position) {
        SplittableRandom random = random(position, 0);
        AdministrativeLevel level = position.level();
        String symbol = switch (level) {
            case CENTRAL -> "MTTW-BTT";
            case RESIDENTIAL_AREA -> "BCTMT";
            default -> "MTTQ-BTT";
        };
        // Plans are issued down the cascade: the centre in early January, provinces later in January,
        // communes in February, residential areas in March, so every plan is dated after its parent.
        LocalDate date = switch (level) {
            case CENTRAL -> LocalDate.of(year, 1, 2 + random.nextInt(4));
            case PROVINCE -> LocalDate.of(year, 1, 10 + random.nextInt(20));
            case COMMUNE -> LocalDate.of(year, 2, 1 + random.nextInt(27));
            default -> LocalDate.of(year, 3, 1 + random.nextInt(28));
        };
        int serial = 1 + random.nextInt(level == AdministrativeLevel.CENTRAL ? 200 : 60);
        DocumentNumber number = DocumentNumber.administrative(String.format(Locale.ROOT, "%02d", serial),
                DocumentType.PLAN, symbol);
        String unit = switch (level) {
            case CENTRAL -> "Việt Nam";
            case PROVINCE -> "tỉnh " + placeName(random);
            case COMMUNE -> "xã " + placeName(random) + ", " + header(position.parent()).unit();
            default -> "thôn " + (random.nextBoolean() ? placeName(random) : Integer.toString(position.area()))
                    + ", " + header(position.parent()).unit();
        };
        String issuerName = switch (level) {
            case CENTRAL -> "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam";
            case PROVINCE -> "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh";
            case COMMUNE -> "Ban Thường trực Ủy ban MTTQ Việt Nam xã";
            default -> "Ban công tác Mặt trận thôn";
        };
        return new Header(position, number, date, unit, issuerName, symbol);
    }

    /** Two different syllables: "Minh Hòa", "Đăk Long". */
    private static String placeName(SplittableRandom random) {
        int first = random.nextInt(SYLLABLES.length);
        int second = (first + 1 + random.nextInt(SYLLABLES.length - 1)) % SYLLABLES.length;
        return SYLLABLES[first] + " " + SYLLABLES[second];
    }

    private NamedPlan plan(Position position) {
        Header own = header(position);
        AdministrativeLevel level = position.level();
        boolean centre = level == AdministrativeLevel.CENTRAL;
        boolean area = level == AdministrativeLevel.RESIDENTIAL_AREA;
        SplittableRandom random = random(position, 1);
        LocalDate[] festival = festivalWindow(level, random);
        List<Actor> actors = actors(own, centre ? null : header(position.parent()));
        List<DocumentReference> references = new ArrayList<>();
        if (!centre) {
            Header parent = header(position.parent());
            references.add(DocumentReference.of(PARENT, ReferenceRelation.IMPLEMENTS, parent.number(), parent.date())
                    .withIssuer(parent.issuerName(), "parent-issuer")
                    .withSubject("về triển khai thực hiện Cuộc vận động " + CAMPAIGN + " năm " + year));
        }
        references.add(DocumentReference.of(CIRCULAR, ReferenceRelation.FUNDING_BASIS,
                        LegalFacts.CIRCULAR_121_2017, LegalFacts.CIRCULAR_121_2017_DATE)
                .withIssuer("Bộ Tài chính", null)
                .withSubject("quy định về quản lý và sử dụng kinh phí thực hiện Cuộc vận động " + CAMPAIGN));
        String where = centre ? "cả nước" : "địa bàn " + own.unit();
        Plan plan = Plan.builder()
                .type(DocumentType.PLAN)
                .number(own.number())
                .issuer("issuer")
                .place(centre ? "Hà Nội" : own.unit().split(",")[0].replaceFirst("^(tỉnh|xã|thôn) ", ""))
                .date(own.date())
                .title("triển khai thực hiện Cuộc vận động " + CAMPAIGN + " trên " + where + " năm " + year)
                .period(DateRange.ofYear(year))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .integrations(Integration.of(IntegrationKind.MOVEMENT, "các cuộc vận động, các phong trào thi đua "
                        + "yêu nước khác đang triển khai thực hiện tại địa phương"))
                .references(references.toArray(DocumentReference[]::new))
                .preamble(own.issuerName() + " xây dựng Kế hoạch triển khai thực hiện Cuộc vận động " + CAMPAIGN
                        + " trên " + where + " năm " + year + "; như sau:")
                .sections(objectives(where), content(level, festival, random), funding(), organisation(level, festival))
                .funding(funding(level, random))
                .recipients(recipients(level).toArray(Recipient[]::new))
                .signature(Signature.of(SigningAuthority.ON_BEHALF_OF, area ? "BAN CÔNG TÁC MẶT TRẬN" : "BAN THƯỜNG TRỰC",
                        area ? "TRƯỞNG BAN" : "PHÓ CHỦ TỊCH", person(random) + " (minh họa)"))
                .actors(actors.toArray(Actor[]::new))
                .extensions(Extensions.of(Map.of(GENERATED, Long.toString(seed))))
                .build();
        return new NamedPlan(position.name(), plan);
    }

    private static String person(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static List<Actor> actors(Header own, Header parent) {
        AdministrativeLevel level = own.position().level();
        List<Actor> actors = new ArrayList<>();
        ActorKind issuerKind = level == AdministrativeLevel.RESIDENTIAL_AREA
                ? ActorKind.RESIDENTIAL_AREA_TEAM : ActorKind.STANDING_COMMITTEE;
        actors.add(Actor.of("issuer", issuerKind, level, own.issuerName()).withUnit(own.unit())
                .withSymbolCode(own.symbolCode()));
        if (parent != null) {
            actors.add(Actor.of("parent-issuer", ActorKind.STANDING_COMMITTEE, parent.position().level(),
                    parent.issuerName()).withUnit(parent.unit()).withSymbolCode(parent.symbolCode()));
        }
        if (level != AdministrativeLevel.RESIDENTIAL_AREA) {
            actors.add(Actor.of("party-committee", ActorKind.PARTY_COMMITTEE, level, level == AdministrativeLevel.CENTRAL
                    ? "Ban Bí thư Trung ương Đảng" : "Thường trực Đảng ủy " + own.unit().split(",")[0]));
            actors.add(Actor.of("member-organisations", ActorKind.MEMBER_ORGANISATION, level,
                    "Các tổ chức thành viên Ủy ban MTTQ Việt Nam").asPlural());
            actors.add(lower(level));
        }
        return actors;
    }

    private static Actor lower(AdministrativeLevel level) {
        return switch (level) {
            case CENTRAL -> Actor.of("lower", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.PROVINCE,
                    "Ban Thường trực Ủy ban MTTQ Việt Nam các tỉnh, thành phố").asPlural();
            case PROVINCE -> Actor.of("lower", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.COMMUNE,
                    "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường, đặc khu").asPlural();
            default -> Actor.of("lower", ActorKind.RESIDENTIAL_AREA_TEAM, AdministrativeLevel.RESIDENTIAL_AREA,
                    "Ban công tác Mặt trận các thôn, tổ dân phố").asPlural();
        };
    }

    private static List<Recipient> recipients(AdministrativeLevel level) {
        List<Recipient> recipients = new ArrayList<>();
        if (level != AdministrativeLevel.CENTRAL) {
            recipients.add(Recipient.of("Ban Thường trực Ủy ban MTTQ Việt Nam cấp trên", RecipientPurpose.REPORT,
                    "parent-issuer"));
        }
        if (level != AdministrativeLevel.RESIDENTIAL_AREA) {
            recipients.add(Recipient.of("Thường trực cấp ủy", RecipientPurpose.REPORT, "party-committee"));
            recipients.add(Recipient.of("Các tổ chức thành viên", RecipientPurpose.COORDINATION,
                    "member-organisations"));
            recipients.add(Recipient.of("Ban Thường trực cấp dưới", RecipientPurpose.IMPLEMENTATION, "lower"));
        }
        recipients.add(Recipient.of("VT", RecipientPurpose.FILE_COPY));
        return recipients;
    }

    private static Section objectives(String where) {
        return Section.builder("I", "I", "MỤC ĐÍCH - YÊU CẦU").kind(SectionKind.OBJECTIVES).subsections(
                Section.builder("I.1", "1", "Mục đích").kind(SectionKind.PURPOSE).paragraphs(
                        "Tiếp tục xây dựng, củng cố và phát huy khối đại đoàn kết toàn dân tộc, huy động mọi nguồn lực "
                                + "trong cộng đồng góp phần hoàn thành mục tiêu xây dựng nông thôn mới, đô thị văn "
                                + "minh và giảm nghèo bền vững trên " + where + ".",
                        "Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và các tầng lớp Nhân dân trong việc "
                                + "thực hiện 05 nội dung của Cuộc vận động.").build(),
                Section.builder("I.2", "2", "Yêu cầu").kind(SectionKind.REQUIREMENT).paragraphs(
                        "Việc triển khai các nội dung Cuộc vận động đảm bảo hiệu quả thiết thực, tránh hình thức; xây "
                                + "dựng và duy trì được các mô hình thực hiện Cuộc vận động tại các địa phương.",
                        "Phát huy vai trò nòng cốt của các tổ chức thành viên và Ban công tác Mặt trận ở khu dân cư.")
                        .build()).build();
    }

    private Section content(AdministrativeLevel level, LocalDate[] festival, SplittableRandom random) {
        boolean area = level == AdministrativeLevel.RESIDENTIAL_AREA;
        String doer = area ? "issuer" : "member-organisations";
        List<Task> propaganda = List.of(
                task("propaganda", level, TaskKind.PROPAGANDA)
                        .content("Tuyên truyền 05 nội dung Cuộc vận động lồng ghép với các phong trào thi đua yêu nước "
                                + "tại địa phương, gắn với thực hiện các tiêu chí nông thôn mới, đô thị văn minh.")
                        .contents(ALL_CONTENTS).channels(Channel.PEOPLES_MEETING, Channel.LOUDSPEAKER, Channel.ZALO)
                        .schedule(Schedule.ongoing()).assign("issuer", Role.LEAD).assign(doer, Role.COORDINATE).build(),
                task("propaganda-media", level, TaskKind.PROPAGANDA)
                        .content("Đăng tải tin, bài về gương người tốt, việc tốt, mô hình hay trên trang thông tin điện "
                                + "tử, mạng xã hội và hệ thống loa truyền thanh.")
                        .contents(pick(random, 2)).channels(Channel.WEBSITE, Channel.FACEBOOK, Channel.LOUDSPEAKER)
                        .schedule(Schedule.quarters(year, 1, 2, 3, 4)).assign("issuer", Role.LEAD).build(),
                task("propaganda-printed", level, TaskKind.PROPAGANDA)
                        .content("Treo băng rôn, khẩu hiệu, phát tờ rơi tuyên truyền Ngày hội Đại đoàn kết toàn dân "
                                + "tộc và các nội dung của Cuộc vận động.")
                        .contents(pick(random, 1)).channels(Channel.BILLBOARD, Channel.LEAFLET)
                        .schedule(Schedule.months(year, 10, 11)).assign("issuer", Role.LEAD).build());
        List<Task> models = new ArrayList<>();
        String[][] modelTexts = {
            {"model-economy", "Xây dựng mô hình “Khu dân cư phát triển kinh tế, giảm nghèo bền vững”, hỗ trợ hộ nghèo "
                    + "phát triển sản xuất, nhân rộng các mô hình sinh kế hiệu quả."},
            {"model-culture", "Xây dựng mô hình “Khu dân cư văn hóa, học tập suốt đời”, giữ gìn bản sắc văn hóa, "
                    + "xây dựng gia đình văn hóa."},
            {"model-environment", "Xây dựng mô hình “Tuyến đường xanh - sạch - đẹp”, phân loại rác thải tại nguồn, "
                    + "bảo vệ môi trường, ứng phó biến đổi khí hậu."},
            {"model-security", "Xây dựng mô hình “Khu dân cư an toàn về an ninh trật tự”, phòng chống tội phạm, tệ "
                    + "nạn xã hội."},
            {"model-democracy", "Phát huy quyền làm chủ của Nhân dân, thực hiện tốt dân chủ ở cơ sở, giám sát và phản "
                    + "biện xã hội."}};
        for (int i = 0; i < modelTexts.length; i++) {
            models.add(task(modelTexts[i][0], level, TaskKind.MODEL_BUILDING).content(modelTexts[i][1])
                    .contents(ALL_CONTENTS[i]).schedule(Schedule.ongoing()).assign(doer, Role.LEAD)
                    .assign("issuer", Role.GUIDE).build());
        }
        List<Task> festivalTasks = List.of(
                task("great-unity-festival", level, TaskKind.GREAT_UNITY_FESTIVAL)
                        .content("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư với hai phần: phần lễ và "
                                + "phần hội, gắn với tổng kết Cuộc vận động tại khu dân cư.")
                        .schedule(Schedule.between(festival[0], festival[1]))
                        .assign(area ? "issuer" : "lower", Role.LEAD).build(),
                task("for-the-poor-fund", level, TaskKind.FOR_THE_POOR_FUND)
                        .content("Vận động ủng hộ Quỹ “Vì người nghèo”, hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo.")
                        .schedule(Schedule.months(year, 10, 11, 12)).assign("issuer", Role.LEAD).build(),
                task("poverty-support", level, TaskKind.POVERTY_SUPPORT)
                        .content("Thăm hỏi, tặng quà hộ nghèo, gia đình chính sách nhân dịp Tết Nguyên đán và Ngày hội.")
                        .schedule(Schedule.months(year, 1, 11)).assign("issuer", Role.LEAD).build(),
                task("local-festival", level, TaskKind.LOCAL_FESTIVAL)
                        .content("Phối hợp tổ chức các hoạt động văn hóa, thể thao truyền thống của đồng bào tại địa "
                                + "phương.").schedule(Schedule.quarters(year, 1, 3)).assign(doer, Role.LEAD)
                        .discretionary(true).build());
        List<Task> others = List.of(
                task("training", level, TaskKind.TRAINING)
                        .content("Tập huấn nghiệp vụ công tác Mặt trận và kỹ năng vận động Nhân dân cho cán bộ Mặt "
                                + "trận và Ban công tác Mặt trận.").schedule(Schedule.quarters(year, 2))
                        .assign("issuer", Role.LEAD).build(),
                task("experience-exchange", level, TaskKind.EXPERIENCE_EXCHANGE)
                        .content("Học tập, trao đổi kinh nghiệm về các mô hình hay, cách làm hiệu quả.")
                        .schedule(Schedule.quarters(year, 3)).assign("issuer", Role.LEAD).build(),
                task("emulation", level, TaskKind.EMULATION)
                        .content("Phát động phong trào thi đua thực hiện Cuộc vận động gắn với xây dựng nông thôn mới.")
                        .schedule(Schedule.months(year, 3)).assign("issuer", Role.LEAD).build(),
                task("coordination", level, TaskKind.COORDINATION)
                        .content("Phối hợp với chính quyền cùng cấp thực hiện các tiêu chí nông thôn mới, đô thị văn "
                                + "minh.").schedule(Schedule.ongoing()).assign("issuer", Role.LEAD).build(),
                task("supervision", level, TaskKind.INSPECTION_SUPERVISION)
                        .content("Giám sát việc thực hiện các chính sách an sinh xã hội, giảm nghèo tại địa phương.")
                        .schedule(Schedule.quarters(year, 3, 4)).assign("issuer", Role.LEAD).build());
        return Section.builder("II", "II", "NỘI DUNG THỰC HIỆN CUỘC VẬN ĐỘNG").kind(SectionKind.CONTENT).subsections(
                Section.builder("II.1", "1", "Công tác tuyên truyền, vận động các tầng lớp Nhân dân")
                        .kind(SectionKind.CONTENT).tasks(propaganda.toArray(Task[]::new)).build(),
                Section.builder("II.2", "2", "Xây dựng các mô hình thực hiện Cuộc vận động").kind(SectionKind.CONTENT)
                        .tasks(models.toArray(Task[]::new)).build(),
                Section.builder("II.3", "3", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc").kind(SectionKind.CONTENT)
                        .tasks(festivalTasks.toArray(Task[]::new)).build(),
                Section.builder("II.4", "4", "Tập huấn, thi đua, phối hợp và giám sát").kind(SectionKind.CONTENT)
                        .tasks(others.toArray(Task[]::new)).build()).build();
    }

    /** Nested festival windows: each level's lies within its parent's, ending on 18 November. */
    private LocalDate[] festivalWindow(AdministrativeLevel level, SplittableRandom random) {
        LocalDate greatUnityDay = LegalFacts.NATIONAL_GREAT_UNITY_DAY.atYear(year);
        return switch (level) {
            case CENTRAL -> new LocalDate[] {LocalDate.of(year, 10, 1), greatUnityDay};
            case PROVINCE -> new LocalDate[] {LocalDate.of(year, 10, 15 + random.nextInt(10)), greatUnityDay};
            case COMMUNE -> new LocalDate[] {LocalDate.of(year, 11, 1 + random.nextInt(5)), greatUnityDay};
            default -> {
                LocalDate day = LocalDate.of(year, 11, 6 + random.nextInt(13));
                yield new LocalDate[] {day, day};
            }
        };
    }

    private static Section funding() {
        return Section.builder("III", "III", "KINH PHÍ THỰC HIỆN").kind(SectionKind.FUNDING).paragraphs(
                "Kinh phí thực hiện theo Thông tư 121/2017/TT-BTC ngày 15/11/2017 của Bộ Tài chính quy định về quản lý "
                        + "và sử dụng kinh phí thực hiện Cuộc vận động " + CAMPAIGN + ".",
                "Huy động nguồn xã hội hóa từ doanh nghiệp, tổ chức, cá nhân và đóng góp tự nguyện của Nhân dân.")
                .build();
    }

    private Section organisation(AdministrativeLevel level, LocalDate[] festival) {
        boolean area = level == AdministrativeLevel.RESIDENTIAL_AREA;
        List<Task> own = new ArrayList<>(List.of(
                task("planning", level, TaskKind.PLANNING, TaskKind.BUDGET_ESTIMATE)
                        .content("Xây dựng kế hoạch và dự toán kinh phí thực hiện Cuộc vận động năm " + year + ".")
                        .schedule(Schedule.months(year, planningMonth(level))).build(),
                task("guidance", level, TaskKind.GUIDANCE)
                        .content("Hướng dẫn, đôn đốc việc triển khai thực hiện kế hoạch.")
                        .schedule(Schedule.ongoing()).build(),
                task("inspection", level, TaskKind.INSPECTION_SUPERVISION)
                        .content("Kiểm tra, khảo sát việc thực hiện Cuộc vận động.")
                        .schedule(Schedule.quarters(year, 2, 4)).build(),
                task("campaign-board", level, TaskKind.CAMPAIGN_BOARD)
                        .content("Kiện toàn Ban Chỉ đạo Cuộc vận động, phân công thành viên phụ trách địa bàn.")
                        .schedule(Schedule.quarters(year, 1)).build(),
                task("interim-review", level, TaskKind.INTERIM_REVIEW)
                        .content("Sơ kết 6 tháng thực hiện Cuộc vận động.")
                        .schedule(Schedule.months(year, 6, 7)).build(),
                task("final-review", level, TaskKind.FINAL_REVIEW)
                        .content("Tổng kết năm thực hiện Cuộc vận động, đề ra phương hướng năm sau.")
                        .schedule(Schedule.months(year, 11, 12)).build(),
                task("commendation", level, TaskKind.COMMENDATION)
                        .content("Khen thưởng tập thể, cá nhân có thành tích xuất sắc.")
                        .schedule(Schedule.months(year, 11, 12)).build(),
                task("reporting", level, TaskKind.OTHER)
                        .content("Báo cáo kết quả sơ kết trước ngày 15/6 và tổng kết trước ngày 15/12.")
                        .schedule(Schedule.before(LocalDate.of(year, 12, 15))).build()));
        List<Section> subsections = new ArrayList<>();
        subsections.add(Section.builder("IV.1", "1", area ? "Ban công tác Mặt trận" : "Ban Thường trực")
                .kind(SectionKind.ORGANISATION).actor("issuer").tasks(own.toArray(Task[]::new)).build());
        if (!area) {
            subsections.add(Section.builder("IV.2", "2", "Các tổ chức thành viên").kind(SectionKind.ORGANISATION)
                    .actor("member-organisations").tasks(
                            task("member-propaganda", level, TaskKind.PROPAGANDA)
                                    .content("Tuyên truyền, vận động hội viên, đoàn viên thực hiện Cuộc vận động.")
                                    .contents(ALL_CONTENTS).schedule(Schedule.ongoing()).build(),
                            task("member-models", level, TaskKind.MODEL_BUILDING)
                                    .content("Mỗi tổ chức xây dựng ít nhất một mô hình thực hiện Cuộc vận động.")
                                    .schedule(Schedule.ongoing()).build()).build());
            subsections.add(Section.builder("IV.3", "3", "Ban Thường trực cấp dưới").kind(SectionKind.ORGANISATION)
                    .actor("lower").tasks(
                            task("lower-planning", level, TaskKind.PLANNING)
                                    .content("Xây dựng kế hoạch thực hiện Cuộc vận động phù hợp với địa phương.")
                                    .schedule(Schedule.months(year, planningMonth(below(level)),
                                            planningMonth(below(level)) + 1))
                                    .build(),
                            task("lower-festival", level, TaskKind.GREAT_UNITY_FESTIVAL)
                                    .content("Chỉ đạo tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.")
                                    .schedule(Schedule.between(festival[0], festival[1])).build(),
                            task("lower-reviews", level, TaskKind.INTERIM_REVIEW, TaskKind.FINAL_REVIEW)
                                    .content("Sơ kết, tổng kết và báo cáo kết quả về cấp trên đúng thời gian quy định.")
                                    .schedule(Schedule.months(year, 6, 7, 11, 12)).build()).build());
        }
        return Section.builder("IV", "IV", "TỔ CHỨC THỰC HIỆN").kind(SectionKind.ORGANISATION)
                .subsections(subsections.toArray(Section[]::new)).build();
    }

    private static AdministrativeLevel below(AdministrativeLevel level) {
        return switch (level) {
            case CENTRAL -> AdministrativeLevel.PROVINCE;
            case PROVINCE -> AdministrativeLevel.COMMUNE;
            default -> AdministrativeLevel.RESIDENTIAL_AREA;
        };
    }

    private static int planningMonth(AdministrativeLevel level) {
        return switch (level) {
            case CENTRAL, PROVINCE -> 1;
            case COMMUNE -> 2;
            default -> 3;
        };
    }

    /**
     * A task builder linked to the parent's task that it carries out: the task of the same id, or for a
     * plan's own planning and festival, the parent's instruction to the level below.
     */
    private static Task.Builder task(String id, AdministrativeLevel level, TaskKind... kinds) {
        Task.Builder builder = Task.builder(id).kinds(kinds);
        if (level == AdministrativeLevel.CENTRAL) {
            return builder;
        }
        switch (id) {
            case "planning" -> builder.implementsTask(PARENT, "lower-planning");
            case "lower-planning" -> {
                // the plan's instruction to the level below carries out nothing of the parent's own
            }
            case "great-unity-festival" -> builder.implementsTask(PARENT, id).implementsTask(PARENT, "lower-festival");
            case "interim-review", "final-review" -> builder.implementsTask(PARENT, id)
                    .implementsTask(PARENT, "lower-reviews");
            default -> builder.implementsTask(PARENT, id);
        }
        return builder;
    }

    private static CampaignContent[] pick(SplittableRandom random, int count) {
        List<CampaignContent> all = new ArrayList<>(List.of(ALL_CONTENTS));
        CampaignContent[] picked = new CampaignContent[count];
        for (int i = 0; i < count; i++) {
            picked[i] = all.remove(random.nextInt(all.size()));
        }
        return picked;
    }

    private Funding funding(AdministrativeLevel level, SplittableRandom random) {
        List<FundingSource> sources = List.of(
                FundingSource.of("state-budget", FundingSourceKind.STATE_BUDGET, "Thực hiện theo Thông tư "
                        + "121/2017/TT-BTC ngày 15/11/2017 của Bộ Tài chính.").withBasis(CIRCULAR),
                FundingSource.of("socialised", FundingSourceKind.SOCIALISED, "Từ nguồn vận động doanh nghiệp, tổ "
                        + "chức, cá nhân và đóng góp tự nguyện của Nhân dân."));
        List<BudgetLine> lines = new ArrayList<>();
        lines.add(BudgetLine.of("propaganda", FundingItem.PROPAGANDA, "state-budget",
                Money.vnd(1_000_000L * (5 + random.nextInt(20)))).forTask("propaganda"));
        lines.add(BudgetLine.of("training", FundingItem.TRAINING, "state-budget",
                Money.vnd(1_000_000L * (3 + random.nextInt(10)))).forTask("training"));
        lines.add(BudgetLine.of("commendation", FundingItem.COMMENDATION, "state-budget",
                Money.vnd(500_000L * (4 + random.nextInt(20)))).forTask("commendation"));
        switch (level) {
            case COMMUNE -> lines.add(BudgetLine.of("commune-support", FundingItem.COMMUNE_FRONT_SUPPORT,
                    "state-budget", Money.vnd(1_000_000L * (20 + random.nextInt(11))))
                    .withDescription("Hỗ trợ Ủy ban MTTQ Việt Nam xã năm " + year));
            case RESIDENTIAL_AREA -> lines.add(BudgetLine.of("team-support", FundingItem.RESIDENTIAL_TEAM_SUPPORT,
                    "state-budget", Money.vnd(500_000L * (12 + random.nextInt(9))))
                    .withDescription("Hỗ trợ Ban công tác Mặt trận năm " + year));
            default -> {
            }
        }
        lines.add(BudgetLine.of("festival-gifts", FundingItem.OTHER, "socialised",
                Money.vnd(1_000_000L * (2 + random.nextInt(30)))).forTask("great-unity-festival")
                .withDescription("Quà tặng hộ nghèo tại Ngày hội"));
        return Funding.of(sources, lines);
    }

    /**
     * Builds a {@link CascadeGenerator}. Not thread-safe.
     */
    public static final class Builder {

        private int communes = COMMUNES;
        private int areasPerCommune = AREAS_PER_COMMUNE;
        private long seed = DEFAULT_SEED;
        private int year = 2026;

        private Builder() {
        }

        /**
         * Sets the number of communes.
         *
         * @param value at least 1; default {@value CascadeGenerator#COMMUNES}
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder communes(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("communes must be at least 1: " + value);
            }
            this.communes = value;
            return this;
        }

        /**
         * Sets the number of residential areas of each commune.
         *
         * @param value 0 to 999; default {@value CascadeGenerator#AREAS_PER_COMMUNE}
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder areasPerCommune(int value) {
            if (value < 0 || value > 999) {
                throw new IllegalArgumentException("areasPerCommune must be 0 to 999: " + value);
            }
            this.areasPerCommune = value;
            return this;
        }

        /**
         * Sets the seed.
         *
         * @param value any number; default {@value CascadeGenerator#DEFAULT_SEED}
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the year of the plans.
         *
         * @param value 2026 (the default) or later: the cascade is the one after the 2025 reform
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is before 2026 or after 9999
         */
        public Builder year(int value) {
            if (value < 2026 || value > 9999) {
                throw new IllegalArgumentException("year must be 2026 to 9999: " + value);
            }
            this.year = value;
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return the generator, never null
         */
        public CascadeGenerator build() {
            return new CascadeGenerator(this);
        }
    }
}
