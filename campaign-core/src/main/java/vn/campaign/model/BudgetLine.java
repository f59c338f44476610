package vn.campaign.model;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NonNegativeAmount;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;

/**
 * One line of a plan's budget estimate: an amount in đồng for a spending item, from one source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, unique among the plan's budget lines; not null
 * @param item the spending item (the items Circular 121/2017/TT-BTC lists); not null
 * @param sourceId the id of the funding source; not null
 * @param amount the amount; not null (a negative amount is reported by the validator)
 * @param taskId the id of the task it pays for; not null, may be empty
 * @param sectionId the id of the section it pays for; not null, may be empty
 * @param description the text as written; not null, may be empty
 * @param units how many units the line pays for, each the same amount ("4.000.000 đồng for each of
 *     12 residential areas" is 12 units of 4.000.000 in one line of 48.000.000); at least 1
 * @param households the households of each unit, where the item's minimum depends on them (a
 *     residential area, Circular 121/2017/TT-BTC); not null, may be empty, not negative
 * @param area whether each unit is in a difficult area, with the source of that status; not null,
 *     may be empty
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record BudgetLine(
        @NotBlankText @PlanId String id,
        FundingItem item,
        String sourceId,
        @NonNegativeAmount Money amount,
        Optional<String> taskId,
        Optional<String> sectionId,
        Optional<@NotBlankText String> description,
        int units,
        OptionalInt households,
        Optional<@Valid AreaStatus> area,
        Extensions extensions) {

    /** Checks that nothing is null and normalises the text. */
    public BudgetLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(sectionId, "sectionId");
        description = Text.text(description, "description");
        if (units < 1) {
            throw new IllegalArgumentException("A budget line pays for at least one unit: " + units);
        }
        Objects.requireNonNull(households, "households");
        if (households.isPresent() && households.getAsInt() < 0) {
            throw new IllegalArgumentException("Households cannot be negative: " + households.getAsInt());
        }
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a budget line with no task, section, description or extensions.
     *
     * @param id the id, not null
     * @param item the spending item, not null
     * @param sourceId the funding source id, not null
     * @param amount the amount, not null
     * @return the line, never null
     */
    public static BudgetLine of(String id, FundingItem item, String sourceId, Money amount) {
        return new BudgetLine(id, item, sourceId, amount, Optional.empty(), Optional.empty(), Optional.empty(), 1,
                OptionalInt.empty(), Optional.empty(), Extensions.empty());
    }

    /**
     * Returns this line paying for a task.
     *
     * @param newTaskId the id of a task of the plan, not null
     * @return a new line, never null
     */
    public BudgetLine forTask(String newTaskId) {
        return new BudgetLine(id, item, sourceId, amount, Optional.of(newTaskId), sectionId, description, units,
                households, area, extensions);
    }

    /**
     * Returns this line paying for a section.
     *
     * @param newSectionId the id of a section of the plan, not null
     * @return a new line, never null
     */
    public BudgetLine forSection(String newSectionId) {
        return new BudgetLine(id, item, sourceId, amount, taskId, Optional.of(newSectionId), description, units,
                households, area, extensions);
    }

    /**
     * Returns this line with a description.
     *
     * @param newDescription the text as written, not null
     * @return a new line, never null
     */
    public BudgetLine withDescription(String newDescription) {
        return new BudgetLine(id, item, sourceId, amount, taskId, sectionId, Optional.of(newDescription), units,
                households, area, extensions);
    }

    /**
     * Returns this line paying for a number of units, each the same share of the amount.
     *
     * @param newUnits the number of units, at least 1
     * @return a new line, never null
     * @throws IllegalArgumentException if {@code newUnits} is below 1
     */
    public BudgetLine forUnits(int newUnits) {
        return new BudgetLine(id, item, sourceId, amount, taskId, sectionId, description, newUnits, households, area,
                extensions);
    }

    /**
     * Returns this line for units of a number of households each.
     *
     * @param newHouseholds the households of each unit, not negative
     * @return a new line, never null
     * @throws IllegalArgumentException if {@code newHouseholds} is negative
     */
    public BudgetLine withHouseholds(int newHouseholds) {
        return new BudgetLine(id, item, sourceId, amount, taskId, sectionId, description, units,
                OptionalInt.of(newHouseholds), area, extensions);
    }

    /**
     * Returns this line for units of an area status.
     *
     * @param newArea the status, not null
     * @return a new line, never null
     */
    public BudgetLine inArea(AreaStatus newArea) {
        return new BudgetLine(id, item, sourceId, amount, taskId, sectionId, description, units, households,
                Optional.of(Objects.requireNonNull(newArea, "newArea")), extensions);
    }
}
