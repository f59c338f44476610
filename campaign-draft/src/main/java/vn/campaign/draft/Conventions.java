package vn.campaign.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.campaign.compliance.AdministrativeHierarchy;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Extensions;
import vn.campaign.model.LegalFacts;
import vn.campaign.model.Plan;
import vn.campaign.model.ReferenceRelation;

/**
 * The conventions a draft follows: the names of a unit's bodies, its recipients, the citation of the
 * parent, the drafted wording. Which of them are verified and which inferred is in docs/drafting.md.
 * Stateless and thread-safe. Not part of the API.
 */
final class Conventions {

    /** The Front's name in the bodies' names. */
    static final String FRONT = "Ủy ban MTTQ Việt Nam";

    private Conventions() {
    }

    /** The key of a level in ids: "province", "district", "commune", "residential-area". */
    static String key(AdministrativeLevel level) {
        return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A body's name with the unit's kind word when it is one word ("xã"), which Actor.fullName joins. */
    private static String named(String base, DraftUnit unit) {
        String word = unit.kindWord();
        return word.contains(" ") ? base : base + " " + word;
    }

    /** The issuer of a draft: the unit's Front Standing Committee, or its Front work team. */
    static Actor issuer(DraftUnit unit) {
        if (unit.level() == AdministrativeLevel.RESIDENTIAL_AREA) {
            return Actor.of("residential-area-team", ActorKind.RESIDENTIAL_AREA_TEAM, unit.level(), "Ban công tác Mặt trận")
                    .withUnit(unit.name());
        }
        String key = key(unit.level());
        return Actor.of(key + "-standing-committee", ActorKind.STANDING_COMMITTEE, unit.level(),
                named("Ban Thường trực " + FRONT, unit)).withUnit(unit.name()).withParent(key + "-front-committee")
                .withSymbolCode("MTTQ-BTT");
    }

    /** The Front Committee the Standing Committee belongs to; empty for a residential area. */
    static Optional<Actor> frontCommittee(DraftUnit unit) {
        if (unit.level() == AdministrativeLevel.RESIDENTIAL_AREA) {
            return Optional.empty();
        }
        return Optional.of(Actor.of(key(unit.level()) + "-front-committee", ActorKind.FRONT_COMMITTEE, unit.level(),
                named(FRONT, unit)).withUnit(unit.name()));
    }

    /** The unit's Party committee, by the name the Kon Rẫy plan gives its own ("Thường trực Huyện ủy"). */
    static Optional<Actor> partyCommittee(DraftUnit unit) {
        String id = key(unit.level()) + "-party-committee";
        switch (unit.level()) {
            case PROVINCE:
                return Optional.of(Actor.of(id, ActorKind.PARTY_COMMITTEE, unit.level(), "Thường trực Tỉnh ủy"));
            case DISTRICT:
                return Optional.of(Actor.of(id, ActorKind.PARTY_COMMITTEE, unit.level(), "Thường trực Huyện ủy"));
            case COMMUNE:
                return Optional.of(Actor.of(id, ActorKind.PARTY_COMMITTEE, unit.level(), "Thường trực Đảng ủy " + unit.name()));
            default:
                return Optional.empty();
        }
    }

    /** The unit's People's Council and People's Committee; none for a residential area. */
    static List<Actor> localGovernment(DraftUnit unit) {
        if (unit.level() == AdministrativeLevel.RESIDENTIAL_AREA) {
            return List.of();
        }
        String key = key(unit.level());
        return List.of(
                Actor.of(key + "-peoples-council", ActorKind.PEOPLES_COUNCIL, unit.level(),
                        "Thường trực Hội đồng nhân dân " + unit.name()),
                Actor.of(key + "-peoples-committee", ActorKind.PEOPLES_COMMITTEE, unit.level(),
                        "Ủy ban nhân dân " + unit.name()));
    }

    /** The unit's socio-political organisations (P/h); none for a residential area. */
    static Optional<Actor> memberOrganisations(DraftUnit unit) {
        if (unit.level() == AdministrativeLevel.RESIDENTIAL_AREA) {
            return Optional.empty();
        }
        return Optional.of(Actor.of(key(unit.level()) + "-socio-political-organisations", ActorKind.MEMBER_ORGANISATION,
                unit.level(), "Các tổ chức chính trị - xã hội " + unit.name()).asPlural());
    }

    /**
     * The Front bodies of the level below the unit on a day, which carry out the plan (T/h): the
     * communes' Standing Committees below a district, the districts' (until 30/6/2025) or the
     * communes' (from 1/7/2025) below a province, the residential areas' work teams below a commune.
     */
    static Optional<Actor> levelBelow(DraftUnit unit, LocalDate day) {
        List<AdministrativeLevel> levels = AdministrativeHierarchy.inForceOn(day).levels();
        int index = levels.indexOf(unit.level());
        if (index < 0 || index + 1 >= levels.size()) {
            return Optional.empty();
        }
        AdministrativeLevel below = levels.get(index + 1);
        String id = key(below) + (below == AdministrativeLevel.RESIDENTIAL_AREA ? "-teams" : "-standing-committees");
        switch (below) {
            case DISTRICT:
                return Optional.of(Actor.of(id, ActorKind.STANDING_COMMITTEE, below,
                        "Ban Thường trực " + FRONT + " các huyện, thị xã, thành phố").asPlural());
            case COMMUNE:
                String communes = unit.level() == AdministrativeLevel.PROVINCE ? "các xã, phường, đặc khu" : "các xã, thị trấn";
                return Optional.of(Actor.of(id, ActorKind.STANDING_COMMITTEE, below,
                        "Ban Thường trực " + FRONT + " " + communes).asPlural());
            case RESIDENTIAL_AREA:
                return Optional.of(Actor.of(id, ActorKind.RESIDENTIAL_AREA_TEAM, below,
                        "Ban công tác Mặt trận các khu dân cư").asPlural());
            default:
                return Optional.empty();
        }
    }

    /** The id of the reference to the parent: "kh-457-2024", or "parent-plan" without a number. */
    static String parentReferenceId(Plan parent) {
        if (parent.number().isEmpty()) {
            return "parent-plan";
        }
        String number = parent.number().get().number().replaceAll("[^A-Za-z0-9]", "");
        int year = parent.date().orElse(parent.period().start()).getYear();
        String type = parent.number().get().type().map(t -> t.code()).orElse("vb").toLowerCase(Locale.ROOT);
        String id = type.replaceAll("[^a-z0-9]", "") + "-" + number + "-" + year;
        return id.matches("[a-z0-9].*") ? id : "parent-plan";
    }

    /** The reference to the parent plan: its number, date, issuer and subject as the parent gives them. */
    static DocumentReference parentReference(Plan parent, String id) {
        Optional<Actor> issuer = parent.issuer();
        return new DocumentReference(id, ReferenceRelation.IMPLEMENTS, parent.type(), parent.number(), parent.date(),
                issuer.map(Actor::fullName), issuer.map(Actor::id), Optional.of(parent.title()), Extensions.empty());
    }

    /** How officials cite the parent: "Kế hoạch số 457/KH-MTTQ-BTT, ngày 12/01/2024 của …". */
    static String citation(DocumentReference reference) {
        StringBuilder text = new StringBuilder(reference.type().label(vn.campaign.model.Language.VI));
        reference.number().ifPresent(number -> text.append(" số ").append(number));
        reference.date().ifPresent(date -> text.append(", ngày ")
                .append(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())));
        reference.issuer().ifPresent(issuer -> text.append(" của ").append(issuer));
        return text.toString();
    }

    /** Circular 121/2017/TT-BTC as a reference, the funding basis of the campaign (domain notes §3, verified). */
    static DocumentReference fundingCircular() {
        return new DocumentReference("tt-121-2017", ReferenceRelation.FUNDING_BASIS, DocumentType.CIRCULAR,
                Optional.of(LegalFacts.CIRCULAR_121_2017), Optional.of(LegalFacts.CIRCULAR_121_2017_DATE),
                Optional.of("Bộ Tài chính"), Optional.empty(),
                Optional.of("quy định về quản lý và sử dụng kinh phí thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng "
                        + "nông thôn mới, đô thị văn minh”"), Extensions.empty());
    }

    /** The period as officials name it in a title: "năm 2024", or "giai đoạn 2026 - 2030". */
    static String periodWords(DateRange period) {
        int first = period.start().getYear();
        int last = period.end().getYear();
        return first == last ? "năm " + first : "giai đoạn " + first + " - " + last;
    }

    /** Every actor id a list of actors holds. */
    static List<String> ids(List<Actor> actors) {
        List<String> ids = new ArrayList<>(actors.size());
        actors.forEach(actor -> ids.add(actor.id()));
        return ids;
    }

    /** A signature block on one line: "TM. BAN THƯỜNG TRỰC, PHÓ CHỦ TỊCH, Huỳnh Minh Trung". */
    static String signature(vn.campaign.model.Signature signature) {
        return signature.authority().map(a -> a.label(vn.campaign.model.Language.VI) + " ").orElse("")
                + signature.onBehalfOf().map(b -> b + ", ").orElse("") + signature.position() + ", "
                + signature.signerName();
    }
}
