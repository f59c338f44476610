package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.FindingCatalogue;
import vn.campaign.finding.FindingCode;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.Language;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.testing.Fixtures;

/**
 * A user's rule with codes of its own: an enum of codes, a catalogue with its bundle listed in
 * META-INF/services/vn.campaign.finding.FindingCatalogue, and the rule; as docs/compliance.md shows it.
 */
class OwnCatalogueTest {

    /** The codes of the user's rule. */
    public enum BudgetCode implements FindingCode {
        /** The budget lines add up to more than the ceiling. */
        X_BUDGET_OVER_LIMIT(Severity.WARNING);

        private final Severity severity;

        BudgetCode(Severity severity) {
            this.severity = severity;
        }

        @Override
        public String code() {
            return name();
        }

        @Override
        public Severity severity() {
            return severity;
        }
    }

    /** The catalogue of the codes, with their bundle; public for ServiceLoader. */
    public static final class BudgetCatalogue implements FindingCatalogue {
        /** Creates the catalogue. */
        public BudgetCatalogue() {
        }

        @Override
        public Collection<BudgetCode> codes() {
            return List.of(BudgetCode.values());
        }

        @Override
        public ResourceBundle bundle(Language language) {
            return ResourceBundle.getBundle("vn.campaign.compliance.budget.messages", FindingCatalogue.locale(language));
        }
    }

    /** The rule: the budget lines of a plan add up to at most a ceiling. */
    static final class BudgetRule implements ComplianceRule {
        private final Money ceiling;

        BudgetRule(Money ceiling) {
            this.ceiling = ceiling;
        }

        @Override
        public String id() {
            return "x-budget";
        }

        @Override
        public void check(ComplianceContext context) {
            Money total = context.child().plan().funding().budgetLines().stream().map(line -> line.amount())
                    .reduce(Money.ZERO, Money::plus);
            if (total.compareTo(ceiling) > 0) {
                context.report(BudgetCode.X_BUDGET_OVER_LIMIT, PlanPointer.parse("/funding/budgetLines"),
                        total.toString(), ceiling.toString());
            }
        }
    }

    @Test
    void findingOfAUsersCode_hasTheMessagesOfItsCatalogue() {
        ComplianceChecker checker = ComplianceChecker.builder().addRule(new BudgetRule(Money.vnd(1_000)))
                .onlyRules(List.of("x-budget")).build();
        Plan plan = Fixtures.child().build();

        ComplianceReport report = checker.check(new NamedPlan("child.json", plan),
                new NamedPlan("parent.json", Fixtures.parent()));

        assertThat(report.findings()).hasSize(1);
        Finding finding = report.findings().get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.file()).contains("child.json");
        assertThat(finding.message()).startsWith("Tổng kinh phí ").endsWith(" vượt mức trần 1.000 đồng của đơn vị.");
        assertThat(finding.message(Language.EN)).startsWith("The total budget ")
                .endsWith(" is over the unit's ceiling of 1.000 đồng.");
        assertThat(finding.hint()).isEqualTo("Giảm các khoản chi hoặc xin ý kiến cấp trên về mức trần.");
        assertThat(finding.hint(Language.EN)).isEqualTo("Cut lines or ask the level above about the ceiling.");
    }

    @Test
    void usersCode_isFoundByItsStringOnceItsCatalogueIsRegistered() {
        assertThat(FindingCode.of("X_BUDGET_OVER_LIMIT")).contains(BudgetCode.X_BUDGET_OVER_LIMIT);
        assertThat(FindingCode.of(BudgetCode.class, "X_BUDGET_OVER_LIMIT")).contains(BudgetCode.X_BUDGET_OVER_LIMIT);
        assertThat(FindingCode.of(BudgetCode.class, "UNKNOWN_ACTOR")).isEmpty();
        assertThat(BudgetCode.X_BUDGET_OVER_LIMIT.message(Language.EN, List.of("2 đồng", "1 đồng")))
                .isEqualTo("The total budget 2 đồng is over the unit's ceiling of 1 đồng.");
    }
}
