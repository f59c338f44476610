package vn.campaign.model;

import java.util.Objects;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;

/**
 * Another campaign, movement or programme with which a plan integrates its own campaign ("lồng
 * ghép").
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what it is; not null
 * @param name its name as the plan writes it; not null
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record Integration(IntegrationKind kind, @NotBlankText String name, Extensions extensions) {

    /** Checks that nothing is null and normalises the text. */
    public Integration {
        Objects.requireNonNull(kind, "kind");
        name = Text.text(name, "name");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an integration with no extensions.
     *
     * @param kind the kind, not null
     * @param name the name, not null
     * @return the integration, never null
     */
    public static Integration of(IntegrationKind kind, String name) {
        return new Integration(kind, name, Extensions.empty());
    }
}
