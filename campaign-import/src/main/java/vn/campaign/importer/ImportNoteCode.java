package vn.campaign.importer;

import vn.campaign.model.Labelled;
import vn.campaign.model.Labels;

/**
 * The reasons the importer gives in its report, each with a fixed kind and a fixed message in
 * Vietnamese and English. The source text is never put into a message; it travels beside it in
 * {@link ImportNote#source()}.
 *
 * <p>The constant names are stable codes, listed with examples in {@code docs/import.md}. This enum
 * is immutable and thread-safe.
 */
public enum ImportNoteCode implements Labelled {
    /** A line that belongs to no part of the plan the importer recognised. */
    LINE_OUTSIDE_STRUCTURE(ImportNoteKind.UNMAPPED,
            "Dòng không thuộc phần nào của kế hoạch mà trình nhập nhận ra",
            "The line belongs to no part of the plan the importer recognised"),
    /** A line of a document that is not a plan. */
    NOT_A_PLAN(ImportNoteKind.UNMAPPED,
            "Tài liệu không có cấu trúc kế hoạch; dòng không được ánh xạ",
            "The document has no plan structure; the line was not mapped"),
    /** A "Thời gian thực hiện" line whose time is none of the forms of {@code Schedule.parse}. */
    SCHEDULE_UNREADABLE(ImportNoteKind.UNMAPPED,
            "Không đọc được thời gian thực hiện (không phải dạng \"Thường xuyên\", \"Trong năm 2024\", "
                    + "\"Quý III, IV/2024\", \"Từ ngày … đến ngày …\", \"Trước ngày …\")",
            "The time of implementation is none of the known forms (\"Thường xuyên\", \"Trong năm 2024\", "
                    + "\"Quý III, IV/2024\", \"Từ ngày … đến ngày …\", \"Trước ngày …\")"),
    /** A "Số: …" line whose number and symbol cannot be read. */
    NUMBER_UNREADABLE(ImportNoteKind.UNMAPPED,
            "Không đọc được số, ký hiệu văn bản", "The document number and symbol cannot be read"),
    /** A signature block with an authority or position but no signer's name. */
    SIGNATURE_INCOMPLETE(ImportNoteKind.UNMAPPED,
            "Khối chữ ký thiếu chức vụ hoặc họ tên người ký", "The signature block lacks the position or the name"),

    /** A task kind read from wording that is not a term of the glossary. */
    TASK_KIND_INFERRED(ImportNoteKind.GUESSED,
            "Loại nhiệm vụ suy ra từ cách diễn đạt ngoài bảng thuật ngữ (phối hợp, xây dựng kế hoạch, "
                    + "hướng dẫn, cụm thi đua, đánh giá, hộ nghèo, hội nghị, ngày hội khác)",
            "Task kind inferred from wording outside the glossary (coordination, planning, guidance, "
                    + "emulation cluster, review, poor households, conferences, other festivals)"),
    /** A task kind taken from the heading of the task's section, not from the task's own words. */
    TASK_KIND_FROM_HEADING(ImportNoteKind.GUESSED,
            "Loại nhiệm vụ lấy từ tiêu đề của mục chứa nhiệm vụ",
            "Task kind taken from the heading of the task's section"),
    /** An actor's part other than the subject's lead: coordination or participation. */
    ROLE_INFERRED(ImportNoteKind.GUESSED,
            "Vai trò của chủ thể (phối hợp, tham gia, chủ trì) suy ra từ câu",
            "The actor's role (coordinate, participate, lead) is inferred from the sentence"),
    /** A schedule read from inside a sentence, where there is no "Thời gian thực hiện" line. */
    SCHEDULE_FROM_SENTENCE(ImportNoteKind.GUESSED,
            "Thời gian thực hiện lấy từ trong câu (không có dòng \"Thời gian thực hiện\")",
            "The schedule is read from inside the sentence (there is no \"Thời gian thực hiện\" line)"),
    /** Campaign contents addressed by a task, read from keywords. */
    CONTENTS_INFERRED(ImportNoteKind.GUESSED,
            "Nội dung của Cuộc vận động mà nhiệm vụ hướng tới được suy ra từ từ khóa",
            "The campaign contents the task addresses are inferred from keywords"),
    /** A campaign or movement the plan is integrated with, read after "lồng ghép với". */
    INTEGRATION_INFERRED(ImportNoteKind.GUESSED,
            "Cuộc vận động, phong trào được lồng ghép đọc từ cụm \"lồng ghép với\"",
            "Integrated campaign or movement read after \"lồng ghép với\""),
    /** An actor whose level, full name or unit comes from the context rather than its own words. */
    ACTOR_INFERRED(ImportNoteKind.GUESSED,
            "Chủ thể (cấp, tên đầy đủ, địa bàn) suy ra từ ngữ cảnh: chữ viết tắt, \"cùng cấp\", cấp của cơ quan "
                    + "ban hành",
            "Actor (level, full name, unit) inferred from the context: an abbreviation, \"cùng cấp\", the "
                    + "issuer's level"),
    /** Several plain bullets of one section merged into one task with its fields. */
    BULLETS_MERGED(ImportNoteKind.GUESSED,
            "Nhiều gạch đầu dòng của cùng một mục được gộp vào một nhiệm vụ (mục có các trường Nội dung, "
                    + "Hình thức, Thời gian)",
            "Several bullets of one section were merged into one task (the section has content, form or "
                    + "time fields)"),
    /** A numbered subsection whose parent number is not open; it was put under the nearest section. */
    SUBSECTION_PLACED(ImportNoteKind.GUESSED,
            "Mục con có số không khớp với mục cha; đặt vào mục gần nhất",
            "A subsection whose number does not follow its parent; placed under the nearest section"),

    /** A task none of whose words names a kind: {@code OTHER}. */
    TASK_KIND_OTHER(ImportNoteKind.DEFAULTED,
            "Không nhận ra loại nhiệm vụ; dùng \"Khác\"", "No task kind recognised; OTHER is used"),
    /** A section heading of no known kind: {@code OTHER}. */
    SECTION_KIND_OTHER(ImportNoteKind.DEFAULTED,
            "Không nhận ra loại mục; dùng \"Khác\"", "Section heading of no known kind; OTHER is used"),
    /** No campaign named in quotes in the abstract: the campaign of this SDK. */
    CAMPAIGN_DEFAULTED(ImportNoteKind.DEFAULTED,
            "Trích yếu không nêu tên Cuộc vận động trong ngoặc kép; dùng \"Toàn dân đoàn kết xây dựng nông thôn "
                    + "mới, đô thị văn minh\"",
            "The abstract names no campaign in quotes; the campaign \"Toàn dân đoàn kết xây dựng nông thôn mới, "
                    + "đô thị văn minh\" is used"),
    /** No year in the abstract: the period is the year of the plan's date or of its parent plan. */
    PERIOD_DEFAULTED(ImportNoteKind.DEFAULTED,
            "Trích yếu không nêu năm; thời kỳ lấy theo năm của ngày ban hành hoặc của văn bản được thực hiện",
            "The abstract names no year; the period is the year of the date of issue or of the implemented "
                    + "document"),
    /** No issuing body found: an actor of kind OTHER stands for it. */
    ISSUER_DEFAULTED(ImportNoteKind.DEFAULTED,
            "Không xác định được cơ quan ban hành; dùng chủ thể \"Cơ quan ban hành\" loại \"Khác\"",
            "No issuing body found; an actor \"Cơ quan ban hành\" of kind OTHER stands for it"),
    /** The issuer's symbol code taken from the convention of Front Standing Committees. */
    SYMBOL_CODE_BY_CONVENTION(ImportNoteKind.DEFAULTED,
            "Mã cơ quan \"MTTQ-BTT\" của cơ quan ban hành theo quy ước của Ban Thường trực MTTQ dưới Trung ương "
                    + "(văn bản không có số của mình)",
            "The issuer code \"MTTQ-BTT\" follows the convention of Front Standing Committees below the centre "
                    + "(the document has no number of its own)"),
    /** A "Số:" line with the number left blank, as in a draft. */
    NUMBER_BLANK(ImportNoteKind.DEFAULTED,
            "Số văn bản để trống (bản dự thảo); kế hoạch không có số", "The number is left blank (a draft); the "
                    + "plan has no number"),

    /** The place and date line is left blank ("…, ngày … tháng … năm …"): the plan has neither. */
    PLACE_DATE_BLANK(ImportNoteKind.DEFAULTED,
            "Địa danh và ngày tháng để trống (bản dự thảo); kế hoạch không có địa danh, ngày ban hành",
            "The place and date are left blank (a draft); the plan has no place or date of issue");

    private final ImportNoteKind kind;
    private final Labels labels;

    ImportNoteCode(ImportNoteKind kind, String vietnamese, String english) {
        this.kind = kind;
        this.labels = new Labels(vietnamese, english);
    }

    /**
     * Returns the kind of note this code always gives.
     *
     * @return the kind, never null
     */
    public ImportNoteKind kind() {
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
     * Returns the reason in Vietnamese and English.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }
}
