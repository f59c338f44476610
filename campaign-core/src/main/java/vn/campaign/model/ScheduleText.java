package vn.campaign.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.internal.Text;

/**
 * Reads the Vietnamese text of a {@link Schedule} ({@link Schedule#parse(CharSequence)}) and writes
 * its dates; the precompiled patterns live here. Stateless and thread-safe; not API.
 */
final class ScheduleText {

    private static final String EXPECTED = "expected one of: Thường xuyên; Trong thời gian thực hiện Kế hoạch;"
            + " Trong năm 2024; Quý III, IV/2024; Tháng 10, 11/2024;"
            + " Từ ngày 01/11/2024 đến ngày 18/11/2024; Trước ngày 18/11/2024; Ngày 18/11 hằng năm";
    private static final String DATE = "([0-9]{1,2}) ?/ ?([0-9]{1,2}) ?/ ?([0-9]{4})";
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern ONGOING = Pattern.compile("thường xuyên");
    private static final Pattern WHOLE_PERIOD = Pattern.compile("trong thời gian thực hiện kế hoạch");
    private static final Pattern YEAR = Pattern.compile("(?:trong )?năm ([0-9]{4})");
    private static final Pattern QUARTERS =
            Pattern.compile("(?:trong )?(?:quý|qúy) (.+?) ?(?:/ ?| năm )([0-9]{4})");
    private static final Pattern MONTHS = Pattern.compile("(?:trong )?tháng (.+?) ?(?:/ ?| năm )([0-9]{4})");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(" ?, ?(?:và )?| và ");
    private static final Pattern QUARTER_ITEM = Pattern.compile("[0-9]{1,2}|[ivxlcdm]{1,4}");
    private static final Pattern MONTH_ITEM = Pattern.compile("[0-9]{1,2}");
    private static final Pattern BETWEEN =
            Pattern.compile("từ (?:ngày )?" + DATE + " đến (?:hết )?(?:ngày )?" + DATE);
    private static final Pattern BEFORE = Pattern.compile("trước (?:ngày )?" + DATE);
    private static final Pattern ANNUAL_DAY =
            Pattern.compile("(?:ngày )?([0-9]{1,2}) ?/ ?([0-9]{1,2}) (?:hằng|hàng) năm");

    private ScheduleText() {
    }

    static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static Schedule parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String input = SPACES.matcher(Text.nfc(text.toString())).replaceAll(" ").strip();
        if (input.endsWith(".")) {
            input = input.substring(0, input.length() - 1).strip();
        }
        Schedule schedule;
        try {
            schedule = read(input.toLowerCase(Locale.ROOT));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a schedule: \"" + text + "\" (" + e.getMessage() + ")", e);
        }
        if (schedule == null) {
            throw new IllegalArgumentException("Not a schedule: \"" + text + "\" (" + EXPECTED + ")");
        }
        return schedule;
    }

    /** Returns the schedule, or null if the text has none of the accepted forms. */
    private static Schedule read(String input) {
        if (ONGOING.matcher(input).matches()) {
            return Schedule.ongoing();
        }
        if (WHOLE_PERIOD.matcher(input).matches()) {
            return Schedule.wholePeriod();
        }
        Matcher m = YEAR.matcher(input);
        if (m.matches()) {
            return Schedule.year(Integer.parseInt(m.group(1)));
        }
        m = QUARTERS.matcher(input);
        if (m.matches()) {
            int[] quarters = items(m.group(1), QUARTER_ITEM);
            return quarters == null ? null : Schedule.quarters(Integer.parseInt(m.group(2)), quarters);
        }
        m = MONTHS.matcher(input);
        if (m.matches()) {
            int[] months = items(m.group(1), MONTH_ITEM);
            return months == null ? null : Schedule.months(Integer.parseInt(m.group(2)), months);
        }
        m = BETWEEN.matcher(input);
        if (m.matches()) {
            return Schedule.between(date(m, 1), date(m, 4));
        }
        m = BEFORE.matcher(input);
        if (m.matches()) {
            return Schedule.before(date(m, 1));
        }
        m = ANNUAL_DAY.matcher(input);
        if (m.matches()) {
            return Schedule.annually(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** Returns the numbers of a list such as "iii, iv" or "10 và 11", or null if an item is not one. */
    private static int[] items(String list, Pattern item) {
        String[] parts = LIST_SEPARATOR.split(list, -1);
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!item.matcher(parts[i]).matches()) {
                return null;
            }
            values[i] = number(parts[i]);
        }
        return values;
    }

    private static int number(String item) {
        switch (item) {
            case "i":
                return 1;
            case "ii":
                return 2;
            case "iii":
                return 3;
            case "iv":
                return 4;
            default:
                if (item.charAt(0) < '0' || item.charAt(0) > '9') {
                    throw new IllegalArgumentException("The quarter " + item.toUpperCase(Locale.ROOT)
                            + " is not from I to IV");
                }
                return Integer.parseInt(item);
        }
    }

    private static LocalDate date(Matcher m, int group) {
        return LocalDate.of(Integer.parseInt(m.group(group + 2)), Integer.parseInt(m.group(group + 1)),
                Integer.parseInt(m.group(group)));
    }
}
