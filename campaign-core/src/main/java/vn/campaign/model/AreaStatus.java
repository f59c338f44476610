package vn.campaign.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;

/**
 * Whether a unit (a commune, or the commune of a residential area) lies in a difficult or extremely
 * difficult area, as a decision of the State classifies it, with that decision as its source: Circular
 * 121/2017/TT-BTC raises the minimum support in such areas (domain notes §3). The status is dated
 * data: a list of difficult communes changes, so the source says which list and the date when it was
 * in force.
 *
 * <p>Immutable and thread-safe.
 *
 * @param difficult whether the unit is in a difficult or extremely difficult area
 * @param source the decision or list that says so ("Quyết định 861/QĐ-TTg"); not null (blank is a
 *     finding)
 * @param date the day the status is read for, or the date of the source; not null, may be empty
 *
 * @since 0.1
 */
public record AreaStatus(boolean difficult, @NotBlankText String source, Optional<LocalDate> date) {

    /**
     * Checks that nothing is null and normalises the text. A blank source is a finding of the
     * validator ({@code BLANK_TEXT}), as every blank text of a plan is.
     *
     * @throws NullPointerException if a value is null
     */
    public AreaStatus {
        source = Text.text(source, "source");
        Objects.requireNonNull(date, "date");
    }

    /**
     * Returns the status of a unit in a difficult area.
     *
     * @param source the decision or list that says so, not null
     * @return the status, never null
     */
    public static AreaStatus difficult(String source) {
        return new AreaStatus(true, source, Optional.empty());
    }

    /**
     * Returns the status of a unit outside the difficult areas.
     *
     * @param source the decision or list that says so, not null
     * @return the status, never null
     */
    public static AreaStatus normal(String source) {
        return new AreaStatus(false, source, Optional.empty());
    }

    /**
     * Returns this status as of a date.
     *
     * @param newDate the date, not null
     * @return a new status, never null
     */
    public AreaStatus asOf(LocalDate newDate) {
        return new AreaStatus(difficult, source, Optional.of(Objects.requireNonNull(newDate, "newDate")));
    }
}
