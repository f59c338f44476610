package vn.campaign.importer;

import java.util.Optional;
import vn.campaign.finding.FindingCode;
import vn.campaign.finding.Severity;

/**
 * The codes of the importer's findings, each of a fixed kind ({@link ImportKind}), whose severity is
 * that of its kind: a catalogue of {@link FindingCode}s, worded in Vietnamese and English by the
 * bundles {@code vn/campaign/importer/messages*.properties}. The source text is never put into a
 * message; it travels beside it in {@link vn.campaign.finding.Finding#source()}.
 *
 * <p>The constant names are stable codes, listed with examples in {@code docs/import.md}. This enum
 * is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ImportCode implements FindingCode {
    /** A line that belongs to no part of the plan the importer recognised. */
    LINE_OUTSIDE_STRUCTURE(ImportKind.UNMAPPED),
    /** A line of a document that is not a plan. */
    NOT_A_PLAN(ImportKind.UNMAPPED),
    /** A "Thời gian thực hiện" line whose time is none of the forms of {@code Schedule.parse}. */
    SCHEDULE_UNREADABLE(ImportKind.UNMAPPED),
    /** A "Số: …" line whose number and symbol cannot be read. */
    NUMBER_UNREADABLE(ImportKind.UNMAPPED),
    /** A signature block with an authority or position but no signer's name. */
    SIGNATURE_INCOMPLETE(ImportKind.UNMAPPED),

    /** A task kind read from wording that is not a term of the glossary. */
    TASK_KIND_INFERRED(ImportKind.GUESSED),
    /** A task kind taken from the heading of the task's section, not from the task's own words. */
    TASK_KIND_FROM_HEADING(ImportKind.GUESSED),
    /** An actor's part other than the subject's lead: coordination or participation. */
    ROLE_INFERRED(ImportKind.GUESSED),
    /** A schedule read from inside a sentence, where there is no "Thời gian thực hiện" line. */
    SCHEDULE_FROM_SENTENCE(ImportKind.GUESSED),
    /**
     * A time line that is not exactly a form of {@code Schedule.parse}, read from the date phrase inside
     * it ("Dự kiến tháng 11/2025 (sau khi …)", "Quý IV/2025 và Quý I/2026", "Chậm nhất ngày …").
     */
    SCHEDULE_INTERPRETED(ImportKind.GUESSED),
    /** Campaign contents addressed by a task, read from keywords. */
    CONTENTS_INFERRED(ImportKind.GUESSED),
    /** A campaign or movement the plan is integrated with, read after "lồng ghép với". */
    INTEGRATION_INFERRED(ImportKind.GUESSED),
    /** An actor whose level, full name or unit comes from the context rather than its own words. */
    ACTOR_INFERRED(ImportKind.GUESSED),
    /** Several plain bullets of one section merged into one task with its fields. */
    BULLETS_MERGED(ImportKind.GUESSED),
    /** A numbered subsection whose parent number is not open; it was put under the nearest section. */
    SUBSECTION_PLACED(ImportKind.GUESSED),
    /**
     * No "Thực hiện …" names the document carried out: the nearest Front document among the "Căn cứ …"
     * (a plan of a Front body below the centre first) is taken as the parent ({@code IMPLEMENTS}).
     */
    PARENT_FROM_LEGAL_BASIS(ImportKind.GUESSED),

    /** A task none of whose words names a kind: {@code OTHER}. */
    TASK_KIND_OTHER(ImportKind.DEFAULTED),
    /** A section heading of no known kind: {@code OTHER}. */
    SECTION_KIND_OTHER(ImportKind.DEFAULTED),
    /**
     * Retired, no longer produced: the importer once gave a plan whose abstract names no campaign the
     * campaign of this SDK; such a plan now has no campaign ({@code Plan.campaign()} empty), which is
     * what the text says, so there is nothing to report. Kept so that the code is never reused.
     */
    CAMPAIGN_DEFAULTED(ImportKind.DEFAULTED),
    /**
     * The abstract states no period and no task has a date: the period is the calendar year of issue
     * (of the date, or the year written where the day is left blank).
     */
    PERIOD_DEFAULTED(ImportKind.DEFAULTED),
    /**
     * The abstract states no period: the period is the span of the dates and windows of the tasks'
     * schedules, from the earliest to the latest.
     */
    PERIOD_FROM_TASKS(ImportKind.DEFAULTED),
    /** No issuing body found: an actor of kind OTHER stands for it. */
    ISSUER_DEFAULTED(ImportKind.DEFAULTED),
    /** The issuer's symbol code taken from the convention of Front Standing Committees. */
    SYMBOL_CODE_BY_CONVENTION(ImportKind.DEFAULTED),
    /** A "Số:" line with the number left blank, as in a draft. */
    NUMBER_BLANK(ImportKind.DEFAULTED),
    /** The place and date line is left blank ("…, ngày … tháng … năm …"): the plan has neither. */
    PLACE_DATE_BLANK(ImportKind.DEFAULTED),
    /**
     * The date of issue has its day, perhaps its month, left blank ("ngày … tháng 11 năm 2025"), as in
     * a draft: the plan has no date; the year (and month, or "") written are the finding's arguments,
     * and the year counts as the year of issue.
     */
    DATE_DAY_BLANK(ImportKind.DEFAULTED);

    private final ImportKind kind;

    ImportCode(ImportKind kind) {
        this.kind = kind;
    }

    /**
     * Returns the code with a given string.
     *
     * @param code the code string, such as {@code "NOT_A_PLAN"}, not null
     * @return the code, or empty for a string that is not a code of the importer
     */
    public static Optional<ImportCode> of(String code) {
        return FindingCode.of(ImportCode.class, code);
    }

    /**
     * Returns the kind of finding this code always gives.
     *
     * @return the kind, never null
     */
    public ImportKind kind() {
        return kind;
    }

    /**
     * Returns the stable code, the constant name.
     *
     * @return the code, never null
     */
    @Override
    public String code() {
        return name();
    }

    /**
     * Returns the severity of the code's kind ({@link ImportKind#severity()}).
     *
     * @return the severity, never null
     */
    @Override
    public Severity severity() {
        return kind.severity();
    }
}
