package vn.campaign.io;

import java.util.Objects;
import java.util.Optional;
import vn.campaign.finding.FindingCode;
import vn.campaign.finding.Severity;
import vn.campaign.model.Labelled;
import vn.campaign.model.Labels;
import vn.campaign.model.Language;

/**
 * Why a document could not be read as a plan: the stable codes of {@link PlanReadException}.
 *
 * <p>A code is a promise: once released it never changes meaning. Its {@linkplain #code() string}
 * is the constant's name, the text printed by the command line and written into reports for
 * programs. Each code is documented with a failing and a passing example in
 * {@code docs/json-format.md}, section 9. The {@linkplain #label(Language) label} names the kind of
 * problem for people; the exception's {@linkplain PlanReadException#detail() detail} says, in
 * English, what exactly is wrong.
 *
 * <p>As a {@link FindingCode} every code is an {@link Severity#ERROR}; its message (bundles
 * {@code vn/campaign/io/messages*.properties}) names the problem and quotes the detail
 * ({@link PlanReadException#toFinding()}).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ReadErrorCode implements Labelled, FindingCode {

    /**
     * Not JSON: a syntax error, truncated or empty input, content after the plan, bytes that are not
     * UTF-8 (also UTF-16 or UTF-32, or a Java string with an unpaired surrogate).
     */
    MALFORMED_JSON("Không phải JSON hợp lệ", "The input is not one JSON value in UTF-8"),
    /**
     * A value of the wrong JSON type: a number where a string is expected, an array for an object,
     * {@code null}.
     */
    WRONG_TYPE("Sai kiểu giá trị", "A value has another JSON type than its member's"),
    /**
     * A required member is absent, or {@code schemaVersion} is not the first member of the plan; the
     * pointer names the member.
     */
    MISSING_MEMBER("Thiếu trường bắt buộc", "A required member is absent"),
    /**
     * A member the format does not define: in strict mode, or in a closed value (period, schedule),
     * or in a schedule a member of another kind.
     */
    UNKNOWN_MEMBER("Trường không có trong định dạng", "A member the format does not define"),
    /** A member name given twice in one object, at any depth, extensions included. */
    DUPLICATE_MEMBER("Trường bị lặp", "A member name is given twice in one object"),
    /** A string that is not a constant of its code list, such as an unknown {@code ActorKind}. */
    UNKNOWN_CODE("Mã không có trong danh mục", "A string is not a code of its code list"),
    /**
     * A date that is not written {@code yyyy-MM-dd}, or is not a day of the calendar
     * ({@code 2024-02-30}); an annual day that does not exist.
     */
    INVALID_DATE("Ngày không hợp lệ", "A date is not yyyy-MM-dd or not a day of the calendar"),
    /**
     * A value the model refuses: a bad document number, quarter 5, an amount with a fraction, a period
     * that ends before it starts, a {@code schemaVersion} that is not {@code MAJOR.MINOR}, an unpaired
     * surrogate in a string.
     */
    INVALID_VALUE("Giá trị không hợp lệ", "A value the model refuses"),
    /** A {@code schemaVersion} whose major version this reader does not read. */
    UNSUPPORTED_VERSION("Phiên bản định dạng không được hỗ trợ",
            "The schemaVersion has a major version this reader does not read"),
    /** The document exceeds one of the {@link ReadLimits}. */
    LIMIT_EXCEEDED("Vượt giới hạn đọc", "The document exceeds a read limit"),
    /**
     * Two member names of one object, different as written, that are the same name in NFC, such as
     * {@code "x-ă"} precomposed (U+0103) and decomposed ({@code a} + U+0306): the model normalises
     * text to NFC, so one of them would be lost. At any depth, extensions included; the pointer and
     * position are those of the second.
     */
    EQUIVALENT_MEMBER("Hai trường trùng tên sau khi chuẩn hóa Unicode (NFC)",
            "Two member names of one object are the same name in NFC");


    private final Labels labels;

    ReadErrorCode(String vietnamese, String english) {
        this.labels = new Labels(vietnamese, english);
    }

    /**
     * Returns the code with a given string.
     *
     * @param code the code string, such as {@code "WRONG_TYPE"}, not null
     * @return the code, or empty for a string that is not a read error code
     */
    public static Optional<ReadErrorCode> of(String code) {
        Objects.requireNonNull(code, "code");
        for (ReadErrorCode value : values()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the stable code string, the constant's name, such as {@code "WRONG_TYPE"}.
     *
     * @return the code, never null
     */
    @Override
    public String code() {
        return name();
    }

    /**
     * Returns the short names of the problem; in English it is the one-line summary.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Returns the severity of every read error: {@link Severity#ERROR}, the document is not read.
     *
     * @return {@link Severity#ERROR}
     */
    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    /**
     * Returns the one-line English summary of what the code reports.
     *
     * @return the summary, never null
     */
    public String summary() {
        return labels.english();
    }
}
