package vn.campaign.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import vn.campaign.internal.Text;

/**
 * The campaign a plan carries out, by its name as the plan writes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name, without quotation marks; not null
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record Campaign(@NotBlank String name, Extensions extensions) {

    /**
     * The campaign “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, launched by the
     * Front's Central Committee in November 2015.
     */
    public static final Campaign NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS =
            of("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh");

    /** Checks that nothing is null and normalises the text. */
    public Campaign {
        name = Text.text(name, "name");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a campaign with no extensions.
     *
     * @param name the name, not null
     * @return the campaign, never null
     */
    public static Campaign of(String name) {
        return new Campaign(name, Extensions.empty());
    }
}
