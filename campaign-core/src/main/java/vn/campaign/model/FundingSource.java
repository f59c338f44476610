package vn.campaign.model;

import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;

/**
 * A source of money for a plan, as section III (Kinh phí) names it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, unique among the plan's funding sources; not null
 * @param kind state budget, socialised or other; not null
 * @param description the text of the source as written; not null
 * @param basisId the id of the reference the source follows (Circular 121/2017/TT-BTC); not null,
 *     may be empty
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record FundingSource(
        @NotBlankText @PlanId String id,
        FundingSourceKind kind,
        @NotBlankText String description,
        Optional<String> basisId,
        Extensions extensions) {

    /** Checks that nothing is null and normalises the text. */
    public FundingSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        description = Text.text(description, "description");
        Objects.requireNonNull(basisId, "basisId");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a funding source with no basis and no extensions.
     *
     * @param id the id, not null
     * @param kind the kind, not null
     * @param description the text as written, not null
     * @return the source, never null
     */
    public static FundingSource of(String id, FundingSourceKind kind, String description) {
        return new FundingSource(id, kind, description, Optional.empty(), Extensions.empty());
    }

    /**
     * Returns this source following a referenced document.
     *
     * @param referenceId the id of a reference of the plan, not null
     * @return a new source, never null
     */
    public FundingSource withBasis(String referenceId) {
        return new FundingSource(id, kind, description, Optional.of(referenceId), extensions);
    }
}
