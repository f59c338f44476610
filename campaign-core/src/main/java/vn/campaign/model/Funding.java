package vn.campaign.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import vn.campaign.internal.Text;

/**
 * How a plan is paid for: its funding sources and, where it has one, its budget estimate.
 *
 * <p>The plan writes its funding in its {@link SectionKind#FUNDING} section.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sources the sources, in document order; not null
 * @param budgetLines the lines of the budget estimate; not null, often empty
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record Funding(List<@Valid FundingSource> sources, List<@Valid BudgetLine> budgetLines, Extensions extensions) {

    /** No sources and no budget. */
    public static final Funding NONE = new Funding(List.of(), List.of(), Extensions.empty());

    /** Checks that nothing is null and copies the lists. */
    public Funding {
        sources = Text.list(sources, "sources");
        budgetLines = Text.list(budgetLines, "budgetLines");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns funding with the given sources and lines and no extensions.
     *
     * @param sources the sources, not null
     * @param budgetLines the budget lines, not null
     * @return the funding, never null
     */
    public static Funding of(List<FundingSource> sources, List<BudgetLine> budgetLines) {
        return new Funding(sources, budgetLines, Extensions.empty());
    }

    /**
     * Returns the total of the budget lines.
     *
     * @return the sum of all amounts, never null
     * @throws ArithmeticException if the sum overflows
     */
    public Money total() {
        Money total = Money.ZERO;
        for (BudgetLine line : budgetLines) {
            total = total.plus(line.amount());
        }
        return total;
    }
}
