package vn.campaign.importer.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.model.Campaign;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;

/**
 * What a document's title and abstract say of the whole document: its type (the title word), the
 * campaign it carries out, and the period it states; and, when it states none, the span of its tasks'
 * schedules. Stateless and thread-safe. Not part of the API.
 */
final class Abstracts {

    /**
     * A quotation of three characters or more: “…”, "…", «…». No opening mark inside, so that a run
     * of opening marks fails at each mark at once instead of scanning to the end of the line from
     * each one (quadratic on a long line of “).
     */
    static final Pattern QUOTED = Pattern.compile("[“\"«]([^“”\"«»]{3,})[”\"»]");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?<![a-z])nam ([0-9]{4})(?![0-9])");
    private static final Pattern YEARS_IN_TITLE = Pattern.compile("(?<![a-z])(giai doan|nhiem ky) ?:? ?([0-9]{4})"
            + " ?[-–—] ?([0-9]{4})(?![0-9])");
    private static final Pattern DATES_IN_TITLE = Pattern.compile("tu ngay ([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})"
            + " ?(?:-|den) ?(?:ngay )?([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})");
    private static final Pattern ELECTION = Pattern.compile("hoi dong nhan dan|hdnd|quoc hoi|bau cu|ung cu");
    private static final String KNOWN_CAMPAIGN = Fold.fold(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS.name());

    private Abstracts() {
    }

    /**
     * The type the title word names ("KẾ HOẠCH" a plan, "HƯỚNG DẪN" guidance, "CHƯƠNG TRÌNH" a
     * programme, "QUY CHẾ" a regulation, "QUY CHẾ" + "PHỐI HỢP …" a joint regulation QCPH …), whatever
     * the structure under it.
     */
    static DocumentType documentType(String word, String foldedTitle) {
        switch (word) {
            case "huong dan":
                return DocumentType.GUIDANCE;
            case "chuong trinh":
            case "chuong trinh phoi hop":
                return DocumentType.PROGRAMME;
            case "quy che":
                return foldedTitle.startsWith("phoi hop") ? DocumentType.of("QCPH") : DocumentType.REGULATION;
            case "quy che phoi hop":
                return DocumentType.of("QCPH");
            case "quy dinh":
                return DocumentType.RULES;
            case "thong tri":
                return DocumentType.of("TTri");
            case "nghi quyet":
                return DocumentType.RESOLUTION;
            case "quyet dinh":
                return DocumentType.DECISION;
            case "chi thi":
                return DocumentType.DIRECTIVE;
            case "bao cao":
                return DocumentType.REPORT;
            case "thong bao":
                return DocumentType.NOTICE;
            case "phuong an":
                return DocumentType.SCHEME;
            case "de an":
                return DocumentType.PROJECT;
            case "to trinh":
                return DocumentType.PROPOSAL;
            case "ket luan":
                return DocumentType.CONCLUSION;
            case "ke hoach lien tich":
                return DocumentType.of("KHLT");
            default:
                return DocumentType.PLAN;
        }
    }

    /**
     * The campaign the abstract names: quoted after "Cuộc vận động", or the campaign of this SDK
     * named without quotes; none when it names none (an election plan, a year's work).
     */
    static Optional<Campaign> campaign(String title) {
        Matcher m = QUOTED.matcher(title);
        while (m.find()) {
            String before = Fold.foldedBefore(title, 0, m.start(), 20);
            if (before.contains("cuoc van dong")) {
                return Optional.of(Campaign.of(m.group(1).strip()));
            }
        }
        if (Fold.fold(title).contains(KNOWN_CAMPAIGN)) {
            return Optional.of(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS);
        }
        return Optional.empty();
    }

    /**
     * The period an abstract states: "từ ngày … đến ngày …", "giai đoạn 2021 - 2025", "nhiệm kỳ 2019 -
     * 2024" (not the term of the bodies an election elects: "đại biểu Hội đồng nhân dân … nhiệm kỳ
     * 2026 - 2031"), "năm 2024" (the last one).
     */
    static Optional<DateRange> statedPeriod(String folded) {
        Matcher dates = DATES_IN_TITLE.matcher(folded);
        if (dates.find()) {
            try {
                LocalDate from = LocalDate.of(Integer.parseInt(dates.group(3)), Integer.parseInt(dates.group(2)),
                        Integer.parseInt(dates.group(1)));
                LocalDate to = LocalDate.of(Integer.parseInt(dates.group(6)), Integer.parseInt(dates.group(5)),
                        Integer.parseInt(dates.group(4)));
                if (!to.isBefore(from)) {
                    return Optional.of(DateRange.of(from, to));
                }
            } catch (DateTimeException e) {
                // not a day of the calendar: not a period
            }
        }
        Matcher years = YEARS_IN_TITLE.matcher(folded);
        while (years.find()) {
            int from = Integer.parseInt(years.group(2));
            int to = Integer.parseInt(years.group(3));
            boolean electedTerm = years.group(1).equals("nhiem ky")
                    && ELECTION.matcher(folded.substring(0, years.start())).find();
            if (from <= to && !electedTerm) {
                return Optional.of(DateRange.of(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
            }
        }
        Matcher year = YEAR_IN_TITLE.matcher(folded);
        Optional<Integer> last = Optional.empty();
        while (year.find()) {
            last = Optional.of(Integer.parseInt(year.group(1)));
        }
        return last.map(DateRange::ofYear);
    }

    /** From the earliest to the latest day the tasks' schedules name on their own (not "Thường xuyên"). */
    static Optional<DateRange> taskSpan(List<Section> built) {
        LocalDate first = null;
        LocalDate last = null;
        for (vn.campaign.model.Task task : (Iterable<vn.campaign.model.Task>) built.stream()
                .flatMap(Section::allTasks)::iterator) {
            if (task.schedule().isEmpty()) {
                continue;
            }
            Schedule schedule = task.schedule().get();
            List<LocalDate> days = new ArrayList<>();
            schedule.bounds().ifPresent(range -> {
                days.add(range.start());
                days.add(range.end());
            });
            if (schedule instanceof Schedule.Before) {
                days.add(((Schedule.Before) schedule).date().minusDays(1));
            }
            for (LocalDate day : days) {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }
        return first == null ? Optional.empty() : Optional.of(DateRange.of(first, last));
    }
}
