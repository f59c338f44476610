package vn.campaign.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.Text;

/**
 * A rule of law on the campaign's funding, as dated data with its source.
 *
 * <p>A rule says that a spending item is one the source lists for the campaign's funds, which norm
 * sets its levels, and, for the support to commune Fronts and residential-area teams, the minimum
 * level. Rules are in force from a date and, once replaced, until a date: a plan is checked against
 * the rules in force on its own date. Where the source names a norm that was later replaced, each
 * norm has its own rule for the days it was in force, so that the rule in force on a day names the
 * norm in force on that day. {@link FundingRules} holds the rules we know; {@link #verification()}
 * says how each is known.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable id of the rule; not null
 * @param item the spending item; not null
 * @param source the document that sets the rule ({@code 121/2017/TT-BTC}); not null
 * @param provision where in the source, such as {@code "Điều 4"}; not null, empty where the article
 *     was not found (as for every rule of Circular 121/2017/TT-BTC)
 * @param norm the document whose levels the item follows, where the source points to one; not null
 * @param minimum the minimum support level, for the support items; not null, may be empty
 * @param effectiveFrom the first day the rule is in force; not null
 * @param effectiveTo the last day it is in force; not null, empty while in force
 * @param verification how the rule is known: {@link Verification#INFERRED} where the SDK reasons it
 *     (that the source's reference to a norm moves to the norm's replacement); not null
 * @param note what the rule says, in Vietnamese as the source has it; not null
 *
 * @since 0.1
 */
public record FundingRule(String id, FundingItem item, DocumentNumber source, Optional<String> provision,
        Optional<DocumentNumber> norm, Optional<SupportMinimum> minimum, LocalDate effectiveFrom,
        Optional<LocalDate> effectiveTo, Verification verification, String note) {

    /** Checks that nothing is null and the dates are in order. */
    public FundingRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(source, "source");
        provision = Text.text(provision, "provision");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        Objects.requireNonNull(verification, "verification");
        note = Text.text(note, "note");
        if (effectiveTo.isPresent() && effectiveTo.get().isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("Rule " + id + " ends (" + effectiveTo.get() + ") before it starts ("
                    + effectiveFrom + ")");
        }
    }

    /**
     * Returns whether the rule is in force on a day.
     *
     * @param day the day, not null
     * @return true if {@code effectiveFrom <= day <= effectiveTo}
     */
    public boolean isInForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(effectiveFrom) && effectiveTo.map(end -> !day.isAfter(end)).orElse(true);
    }

    /**
     * Returns the source as a finding cites it, in Vietnamese: the provision where it is known, the
     * source's type and its number, such as {@code "Thông tư 121/2017/TT-BTC"} or
     * {@code "Điều 4 Thông tư 121/2017/TT-BTC"}.
     *
     * @return the citation, never null
     */
    public String citation() {
        return provision.map(p -> p + " ").orElse("")
                + source.type().map(type -> type.label(Language.VI) + " ").orElse("") + source;
    }
}
