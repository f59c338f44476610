package vn.campaign.io;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
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
 * Random plans that the format can hold: any member present or absent, any code, text with
 * Vietnamese letters, control characters and characters beyond the BMP, extensions at every level
 * in the compact form the reader keeps. Not necessarily good plans (ids may dangle): the validator
 * is not the point. Deterministic for a given {@link Random}.
 */
final class RandomPlans {

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩị"
            + "òóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵAĂÂĐÊÔƠƯỦỶ 0123456789-/.,:;()“”\"\\\t\n\u0001\u2028";
    private static final String[] EXTRA = {"\uD83C\uDDFB\uD83C\uDDF3", "\u00a0", "€", "𝔸"};

    private final Random random;

    private RandomPlans(Random random) {
        this.random = random;
    }

    static Plan plan(Random random) {
        return new RandomPlans(random).plan();
    }

    private boolean chance() {
        return random.nextInt(3) == 0;
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return chance() ? Optional.of(value.get()) : Optional.empty();
    }

    private <T> List<T> list(int max, Supplier<T> element) {
        int size = random.nextInt(max + 1);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(element.get());
        }
        return values;
    }

    private <E extends Enum<E>> E code(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private String text() {
        int length = random.nextInt(12);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(20) == 0) {
                text.append(EXTRA[random.nextInt(EXTRA.length)]);
            } else {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return text.toString();
    }

    private String id() {
        return "id-" + random.nextInt(50);
    }

    private LocalDate date() {
        return LocalDate.of(1900 + random.nextInt(1100), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private Extensions extensions() {
        if (!chance()) {
            return Extensions.empty();
        }
        Map<String, String> members = new LinkedHashMap<>();
        for (String name : list(3, () -> "x-" + random.nextInt(5))) {
            members.put(name, json(2));
        }
        return Extensions.of(members);
    }

    /** A JSON value in the compact form Jackson writes, as the reader keeps extensions. */
    private String json(int depth) {
        switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0:
                return "null";
            case 1:
                return random.nextBoolean() ? "true" : "false";
            case 2:
                return Long.toString(random.nextLong());
            case 3:
                return random.nextInt(1000) + "." + random.nextInt(100) + "0";
            case 4:
                return "-1.0E-" + random.nextInt(10);
            case 5:
                return quoted(text());
            case 6:
                List<String> elements = list(3, () -> json(depth - 1));
                return "[" + String.join(",", elements) + "]";
            default:
                Map<String, String> members = new LinkedHashMap<>();
                for (String name : list(3, this::text)) {
                    members.put(name, json(depth - 1));
                }
                StringBuilder object = new StringBuilder("{");
                for (Map.Entry<String, String> member : members.entrySet()) {
                    if (object.length() > 1) {
                        object.append(',');
                    }
                    object.append(quoted(member.getKey())).append(':').append(member.getValue());
                }
                return object.append('}').toString();
        }
    }

    /** A JSON string as Jackson escapes it: quote, backslash and control characters only. */
    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c == '\n') {
                quoted.append("\\n");
            } else if (c == '\t') {
                quoted.append("\\t");
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private Schedule schedule() {
        int year = 1900 + random.nextInt(1100);
        switch (code(Schedule.Kind.class)) {
            case ONGOING:
                return Schedule.ongoing();
            case WHOLE_PERIOD:
                return Schedule.wholePeriod();
            case YEAR:
                return new Schedule.InYear(year);
            case QUARTERS:
                return new Schedule.Quarters(year, List.of(1 + random.nextInt(2), 3 + random.nextInt(2)));
            case MONTHS:
                return new Schedule.Months(year, List.of(Month.of(1 + random.nextInt(12))));
            case BETWEEN:
                LocalDate from = date().withYear(year == 2999 ? 2998 : year);
                return new Schedule.Between(from, from.plusDays(random.nextInt(300)));
            case BEFORE:
                return new Schedule.Before(date());
            default:
                return new Schedule.AnnualDay(MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
    }

    private Task task() {
        return new Task(id(), list(3, () -> code(TaskKind.class)), maybe(this::text), maybe(this::text),
                maybe(this::text), list(3, () -> code(Channel.class)), list(2, () -> code(CampaignContent.class)),
                maybe(this::schedule), list(2, () -> new Assignment(id(), code(Role.class), extensions())),
                list(2, this::id), List.of(), random.nextBoolean(), random.nextBoolean(), extensions());
    }

    private Section section(int depth) {
        return new Section(id(), Integer.toString(random.nextInt(20)), text(), code(SectionKind.class),
                maybe(this::id), list(2, this::text), list(2, this::task),
                depth > 0 ? list(2, () -> section(depth - 1)) : List.of(), extensions());
    }

    private DocumentNumber number() {
        String[] numbers = {"457/KH-MTTQ-BTT", "121/2017/TT-BTC", "10-CT/TW", "26/NQ-MTTW-ĐCT", "1/QĐ-UBND"};
        return DocumentNumber.parse(numbers[random.nextInt(numbers.length)]);
    }

    private DocumentType type() {
        String[] codes = {"KH", "HD", "QĐ", "TT", "CTr", "XYZ"};
        return DocumentType.of(codes[random.nextInt(codes.length)]);
    }

    private Plan plan() {
        LocalDate start = date();
        return new Plan(type(), maybe(this::number), id(), maybe(this::text), maybe(this::date), text(),
                new DateRange(start, start.plusDays(random.nextInt(800))),
                maybe(() -> new Campaign(text(), extensions())),
                list(2, () -> new Integration(code(IntegrationKind.class), text(), extensions())),
                list(2, () -> new DocumentReference(id(), code(ReferenceRelation.class), type(), maybe(this::number),
                        maybe(this::date), maybe(this::text), maybe(this::id), maybe(this::text), extensions())),
                maybe(this::text), list(3, () -> section(2)), List.of(),
                chance() ? Funding.NONE : new Funding(
                        list(2, () -> new FundingSource(id(), code(FundingSourceKind.class), text(), maybe(this::id),
                                extensions())),
                        list(2, () -> new BudgetLine(id(), code(FundingItem.class), id(), Money.vnd(random.nextLong()),
                                maybe(this::id), maybe(this::id), maybe(this::text), 1 + random.nextInt(3),
                                random.nextBoolean() ? java.util.OptionalInt.of(random.nextInt(2000))
                                        : java.util.OptionalInt.empty(),
                                maybe(() -> new vn.campaign.model.AreaStatus(random.nextBoolean(), text(),
                                        maybe(() -> java.time.LocalDate.of(2024, 1 + random.nextInt(12), 1)))),
                                extensions())),
                        extensions()),
                list(3, () -> new Recipient(text(), list(2, this::id), code(RecipientPurpose.class), extensions())),
                maybe(() -> new Signature(maybe(() -> code(SigningAuthority.class)), maybe(this::text), text(), text(),
                        extensions())),
                maybe(this::text),
                list(3, () -> new Actor(id(), code(ActorKind.class), maybe(() -> code(AdministrativeLevel.class)),
                        text(), maybe(this::text), maybe(this::id), maybe(this::text), random.nextBoolean(),
                        extensions())),
                extensions());
    }
}
