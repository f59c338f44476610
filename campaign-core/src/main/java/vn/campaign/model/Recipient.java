package vn.campaign.model;

import java.util.List;
import java.util.Objects;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;

/**
 * One line of "Nơi nhận": who receives the document and why.
 *
 * <p>A line may name several bodies ("TT HĐND, lãnh đạo UBND huyện"); {@link #actorIds()} lists
 * those the plan knows. The file copy ("Lưu VT") has the registry as its name and no actor.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the recipient as written, without the marker; not null
 * @param actorIds ids of the actors it names; not null, may be empty
 * @param purpose the marker: for report, coordination, implementation, information or file copy;
 *     not null
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record Recipient(@NotBlankText String name, List<String> actorIds, RecipientPurpose purpose, Extensions extensions) {

    /** Checks that nothing is null, normalises the text and copies the list. */
    public Recipient {
        name = Text.text(name, "name");
        actorIds = Text.list(actorIds, "actorIds");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a recipient with no extensions.
     *
     * @param name the name as written, not null
     * @param purpose the purpose, not null
     * @param actorIds the ids of the actors it names
     * @return the recipient, never null
     */
    public static Recipient of(String name, RecipientPurpose purpose, String... actorIds) {
        return new Recipient(name, List.of(actorIds), purpose, Extensions.empty());
    }
}
