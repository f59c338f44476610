package vn.campaign.draft;

import java.util.List;
import java.util.Objects;
import vn.campaign.finding.PlanPointer;
import vn.campaign.model.Language;

/**
 * One line of a draft's change report: what the drafter changed, or what it leaves to the official,
 * and where in the drafted plan.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code what the note says; not null
 * @param pointer where in the drafted plan (the root for the whole plan); not null
 * @param arguments the message's arguments, plain text; not null, copied
 * @since 0.1
 */
public record DraftNote(DraftNoteCode code, PlanPointer pointer, List<String> arguments) {

    /**
     * Checks that nothing is null and copies the arguments.
     *
     * @throws NullPointerException if a value is null
     */
    public DraftNote {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
    }

    /**
     * Returns whether this is a change made or a choice left.
     *
     * @return the kind, never null
     */
    public DraftNoteCode.Kind kind() {
        return code.kind();
    }

    /**
     * Returns the message.
     *
     * @param language the language, not null
     * @return the message with its arguments, never null
     */
    public String message(Language language) {
        return code.format(language, arguments);
    }
}
