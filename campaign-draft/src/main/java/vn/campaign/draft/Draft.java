package vn.campaign.draft;

import java.util.List;
import java.util.Objects;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;

/**
 * A drafted plan and its change report: every change the drafter made and every choice it left to the
 * official, in the order they were made.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan the drafted plan; not null
 * @param notes the change report; not null, copied
 * @since 0.1
 */
public record Draft(Plan plan, List<DraftNote> notes) {

    /**
     * Checks that nothing is null and copies the notes.
     *
     * @throws NullPointerException if a value is null
     */
    public Draft {
        Objects.requireNonNull(plan, "plan");
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    }

    /**
     * Returns the notes of one kind.
     *
     * @param kind changes or choices, not null
     * @return the notes, in order, never null
     */
    public List<DraftNote> notes(DraftNoteCode.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return notes.stream().filter(note -> note.kind() == kind).toList();
    }

    /**
     * Returns the change report for people: the changes, then the choices, one a line with its
     * pointer.
     *
     * @param language the language, not null
     * @return the text, ending with a line break, never null
     */
    public String text(Language language) {
        Objects.requireNonNull(language, "language");
        boolean en = language == Language.EN;
        StringBuilder out = new StringBuilder();
        for (DraftNoteCode.Kind kind : DraftNoteCode.Kind.values()) {
            List<DraftNote> some = notes(kind);
            out.append(kind == DraftNoteCode.Kind.CHANGE ? (en ? "Changes made" : "Đã thay đổi")
                    : (en ? "Left to the official" : "Để người soạn quyết định")).append(" (").append(some.size())
                    .append("):\n");
            for (DraftNote note : some) {
                out.append("  ").append(note.code()).append(' ').append(note.pointer()).append(": ")
                        .append(note.message(language)).append('\n');
            }
        }
        return out.toString();
    }
}
