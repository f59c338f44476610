package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.campaign.testing.Fixtures.REF;
import static vn.campaign.testing.Fixtures.child;
import static vn.campaign.testing.Fixtures.parent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.testing.Fixtures;

/**
 * The public contract of {@link PlanSet}: its plans, the parent and children of a plan, and the
 * province's support levels. Look-ups by number are checked in a small set and in one large enough to
 * be indexed, with other plans before the parent.
 */
class PlanSetTest {

    private static final LocalDate JAN_12 = LocalDate.of(2024, 1, 12);
    private static final String PROVINCE_NAME = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh";

    private static final NamedPlan PARENT = new NamedPlan("parent.json", parent());
    private static final NamedPlan CHILD = new NamedPlan("child.json", child().build());

    /** The province's plan with another number and date. */
    private static Plan province(String number, LocalDate date) {
        return parent().toBuilder().number(DocumentNumber.parse(number)).date(date).build();
    }

    /** The district's plan implementing the plan of a number, on a date or undated. */
    private static Plan citing(String number, Optional<LocalDate> date) {
        DocumentReference reference = DocumentReference.of(REF, ReferenceRelation.IMPLEMENTS, DocumentType.PLAN)
                .withNumber(DocumentNumber.parse(number)).withIssuer(PROVINCE_NAME, "province-standing-committee");
        return child().replaceReferences(List.of(date.map(reference::withDate).orElse(reference))).build();
    }

    /**
     * The district's plan implementing a plan of the issuer it names, without number or date; besides
     * the province's standing committee it knows a province body of no unit ({@code "province-somewhere"}).
     */
    private static Plan citingIssuer(String issuerId) {
        return child().replaceReferences(List.of(DocumentReference.of(REF, ReferenceRelation.IMPLEMENTS,
                DocumentType.PLAN).withIssuer(PROVINCE_NAME, issuerId)))
                .actors(Actor.of("province-somewhere", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.PROVINCE,
                        PROVINCE_NAME))
                .build();
    }

    private static Plan undated(Plan p) {
        return new Plan(p.type(), p.number(), p.issuerId(), p.place(), Optional.empty(), p.title(), p.period(),
                p.campaign(), p.integrations(), p.references(), p.preamble(), p.sections(), p.notApplicable(),
                p.funding(), p.recipients(), p.signature(), p.closing(), p.actors(), p.extensions());
    }

    /** A set of the plans after some other numbered plans of the province (20 make the set indexed). */
    private static PlanSet afterOthers(int others, NamedPlan... plans) {
        List<NamedPlan> all = new ArrayList<>();
        for (int i = 0; i < others; i++) {
            all.add(new NamedPlan("other-" + i + ".json", province((100 + i) + "/KH-MTTQ-BTT", JAN_12)));
        }
        all.addAll(List.of(plans));
        return PlanSet.of(all);
    }

    // of, plans

    @Test
    void of_keepsThePlansInTheGivenOrder() {
        assertThat(PlanSet.of(CHILD, PARENT).plans()).containsExactly(CHILD, PARENT);
        assertThat(PlanSet.of(List.of(PARENT, CHILD)).plans()).containsExactly(PARENT, CHILD);
        assertThat(PlanSet.of().plans()).isEmpty();
    }

    @Test
    void of_copiesTheListAndPlansIsUnmodifiable() {
        List<NamedPlan> plans = new ArrayList<>(List.of(PARENT));
        PlanSet set = PlanSet.of(plans);
        plans.add(CHILD);

        assertThat(set.plans()).containsExactly(PARENT);
        assertThatThrownBy(() -> set.plans().add(CHILD)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void of_rejectsNullsNamingThem() {
        assertThatThrownBy(() -> PlanSet.of((List<NamedPlan>) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("plans");
        assertThatThrownBy(() -> PlanSet.of((NamedPlan[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("plans");
        assertThatThrownBy(() -> PlanSet.of(Arrays.asList(PARENT, null))).isInstanceOf(NullPointerException.class)
                .hasMessage("plans element");
        assertThatThrownBy(() -> PlanSet.of(PARENT, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("plans element");
    }

    // parentOf by number

    @Test
    void parentOf_findsThePlanItsImplementsReferenceNamesByNumberAndDate() {
        for (int others : new int[] {0, 20}) {
            PlanSet set = afterOthers(others, CHILD, PARENT);

            assertThat(set.parentOf(CHILD)).as("after %d others", others).containsSame(PARENT);
        }
    }

    @Test
    void parentOf_findsTheParentCitedWithoutLeadingZeros() {
        NamedPlan parent = new NamedPlan("kh-05.json", province("05/KH-MTTQ-BTT", JAN_12));
        NamedPlan child = new NamedPlan("child.json", citing("5/KH-MTTQ-BTT", Optional.of(JAN_12)));

        for (int others : new int[] {0, 20}) {
            assertThat(afterOthers(others, parent, child).parentOf(child)).as("after %d others", others)
                    .containsSame(parent);
        }
    }

    @Test
    void parentOf_findsTheParentCitedWithLeadingZerosAndInAnotherCase() {
        NamedPlan parent = new NamedPlan("kh-5.json", province("5/KH-MTTQ-BTT", JAN_12));
        NamedPlan child = new NamedPlan("child.json", citing("005/kh-mttq-btt", Optional.of(JAN_12)));

        for (int others : new int[] {0, 20}) {
            assertThat(afterOthers(others, parent, child).parentOf(child)).as("after %d others", others)
                    .containsSame(parent);
        }
    }

    @Test
    void parentOf_ofTwoPlansWithTheCitedNumber_isTheOneOfTheCitedDate() {
        NamedPlan lastYear = new NamedPlan("kh-457-2023.json", province("457/KH-MTTQ-BTT", LocalDate.of(2023, 1, 12)));

        for (int others : new int[] {0, 20}) {
            assertThat(afterOthers(others, lastYear, CHILD, PARENT).parentOf(CHILD)).as("after %d others", others)
                    .containsSame(PARENT);
        }
    }

    @Test
    void parentOf_aPlanWithTheCitedNumberButAnotherDate_isNotTheParent() {
        NamedPlan lastYear = new NamedPlan("kh-457-2023.json", province("457/KH-MTTQ-BTT", LocalDate.of(2023, 1, 12)));

        for (int others : new int[] {0, 20}) {
            assertThat(afterOthers(others, lastYear, CHILD).parentOf(CHILD)).as("after %d others", others).isEmpty();
        }
    }

    @Test
    void parentOf_anUndatedCitation_isTheFirstPlanWithTheNumber() {
        NamedPlan lastYear = new NamedPlan("kh-457-2023.json", province("457/KH-MTTQ-BTT", LocalDate.of(2023, 1, 12)));
        NamedPlan child = new NamedPlan("child.json", citing("457/KH-MTTQ-BTT", Optional.empty()));

        for (int others : new int[] {0, 20}) {
            assertThat(afterOthers(others, child, lastYear, PARENT).parentOf(child)).as("after %d others", others)
                    .containsSame(lastYear);
        }
    }

    @Test
    void parentOf_anUndatedPlanWithTheCitedNumber_isTheParent() {
        NamedPlan undatedParent = new NamedPlan("kh-457.json", undated(parent()));

        assertThat(PlanSet.of(CHILD, undatedParent).parentOf(CHILD)).containsSame(undatedParent);
    }

    @Test
    void parentOf_aPlanIsNeverItsOwnParent() {
        NamedPlan citingItself = new NamedPlan("self.json", child().number(DocumentNumber.parse("457/KH-MTTQ-BTT"))
                .date(JAN_12).build());

        for (int others : new int[] {0, 20}) {
            assertThat(afterOthers(others, citingItself).parentOf(citingItself)).as("after %d others", others)
                    .isEmpty();
            assertThat(afterOthers(others, citingItself, PARENT).parentOf(citingItself)).as("after %d others", others)
                    .containsSame(PARENT);
        }
    }

    @Test
    void parentOf_aPlanTheSetDoesNotHold_isEmpty() {
        for (int others : new int[] {0, 20}) {
            assertThat(afterOthers(others, CHILD).parentOf(CHILD)).as("after %d others", others).isEmpty();
        }
    }

    @Test
    void parentOf_aPlanWithoutImplementsReference_isEmpty() {
        assertThat(PlanSet.of(PARENT, CHILD).parentOf(PARENT)).isEmpty();
    }

    // parentOf by issuer unit

    @Test
    void parentOf_withoutNumber_isThePlanOfTheIssuersLevelAndUnitOverlappingThePeriod() {
        NamedPlan lastYear = new NamedPlan("kh-2023.json", parent().toBuilder().period(DateRange.ofYear(2023)).build());
        NamedPlan otherProvince = new NamedPlan("gia-lai.json", parent().toBuilder()
                .replaceActors(List.of(Fixtures.province().withUnit("tỉnh Gia Lai"), Fixtures.districts())).build());
        NamedPlan district = new NamedPlan("district.json", citingIssuer("province-standing-committee"));

        PlanSet set = PlanSet.of(lastYear, otherProvince, district, PARENT);

        assertThat(set.parentOf(district)).containsSame(PARENT);
    }

    @Test
    void parentOf_withoutNumber_isEmptyWhenTheReferencesIssuerHasNoUnitOrIsUnknown() {
        NamedPlan issuerWithoutUnit = new NamedPlan("a.json", citingIssuer("province-somewhere"));
        NamedPlan unknownIssuer = new NamedPlan("b.json", citingIssuer("nobody"));
        NamedPlan noIssuer = new NamedPlan("c.json", child().replaceReferences(List.of(
                DocumentReference.of(REF, ReferenceRelation.IMPLEMENTS, DocumentType.PLAN))).build());

        PlanSet set = PlanSet.of(PARENT, issuerWithoutUnit, unknownIssuer, noIssuer);

        assertThat(set.parentOf(issuerWithoutUnit)).isEmpty();
        assertThat(set.parentOf(unknownIssuer)).isEmpty();
        assertThat(set.parentOf(noIssuer)).isEmpty();
    }

    @Test
    void parentOf_rejectsANullPlan() {
        assertThatThrownBy(() -> PlanSet.of(PARENT).parentOf(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("child");
    }

    // childrenOf

    @Test
    void childrenOf_listsThePlansWhoseParentItIsInSetOrder() {
        NamedPlan second = new NamedPlan("second.json", child().number(DocumentNumber.parse("16/KH-MTTQ-BTT")).build());
        NamedPlan unrelated = new NamedPlan("unrelated.json", citing("999/KH-MTTQ-BTT", Optional.empty()));
        PlanSet set = PlanSet.of(second, unrelated, PARENT, CHILD);

        assertThat(set.childrenOf(PARENT)).containsExactly(second, CHILD);
        assertThat(set.childrenOf(CHILD)).isEmpty();
        assertThatThrownBy(() -> set.childrenOf(PARENT).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void childrenOf_rejectsANullPlan() {
        assertThatThrownBy(() -> PlanSet.of(PARENT).childrenOf(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("parent");
    }

    // withSupportLevel, supportLevel

    @Test
    void withSupportLevel_setsTheLevelInANewSetWithTheSamePlans() {
        PlanSet original = PlanSet.of(PARENT, CHILD);

        PlanSet set = original.withSupportLevel(FundingItem.COMMUNE_FRONT_SUPPORT, Money.vnd(30_000_000));

        assertThat(set.supportLevel(FundingItem.COMMUNE_FRONT_SUPPORT)).contains(Money.vnd(30_000_000));
        assertThat(set.supportLevel(FundingItem.RESIDENTIAL_TEAM_SUPPORT)).isEmpty();
        assertThat(set.plans()).containsExactly(PARENT, CHILD);
        assertThat(set.parentOf(CHILD)).containsSame(PARENT);
        assertThat(original.supportLevel(FundingItem.COMMUNE_FRONT_SUPPORT)).isEmpty();
    }

    @Test
    void withSupportLevel_keepsTheOtherItemAndReplacesTheSameItem() {
        PlanSet set = PlanSet.of()
                .withSupportLevel(FundingItem.RESIDENTIAL_TEAM_SUPPORT, Money.vnd(10_000_000))
                .withSupportLevel(FundingItem.COMMUNE_FRONT_SUPPORT, Money.vnd(30_000_000))
                .withSupportLevel(FundingItem.COMMUNE_FRONT_SUPPORT, Money.vnd(0));

        assertThat(set.supportLevel(FundingItem.RESIDENTIAL_TEAM_SUPPORT)).contains(Money.vnd(10_000_000));
        assertThat(set.supportLevel(FundingItem.COMMUNE_FRONT_SUPPORT)).contains(Money.vnd(0));
    }

    @Test
    void withSupportLevel_rejectsAnItemThatIsNoSupportAndANegativeLevel() {
        PlanSet set = PlanSet.of();

        assertThatThrownBy(() -> set.withSupportLevel(FundingItem.PROPAGANDA, Money.vnd(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a support item: PROPAGANDA");
        assertThatThrownBy(() -> set.withSupportLevel(FundingItem.COMMUNE_FRONT_SUPPORT, Money.vnd(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A support level cannot be negative: -1 đồng");
    }

    @Test
    void supportLevels_rejectNullsNamingThem() {
        PlanSet set = PlanSet.of();

        assertThatThrownBy(() -> set.withSupportLevel(null, Money.vnd(1))).isInstanceOf(NullPointerException.class)
                .hasMessage("item");
        assertThatThrownBy(() -> set.withSupportLevel(FundingItem.COMMUNE_FRONT_SUPPORT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("level");
        assertThatThrownBy(() -> set.supportLevel(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("item");
    }

    // withPlans

    @Test
    void withPlans_keepsTheSupportLevelsAndFindsParentsAmongTheNewPlans() {
        PlanSet original = PlanSet.of(CHILD)
                .withSupportLevel(FundingItem.COMMUNE_FRONT_SUPPORT, Money.vnd(30_000_000));

        PlanSet set = original.withPlans(List.of(CHILD, PARENT));

        assertThat(set.plans()).containsExactly(CHILD, PARENT);
        assertThat(set.parentOf(CHILD)).containsSame(PARENT);
        assertThat(set.supportLevel(FundingItem.COMMUNE_FRONT_SUPPORT)).contains(Money.vnd(30_000_000));
        assertThat(original.plans()).containsExactly(CHILD);
        assertThat(original.parentOf(CHILD)).isEmpty();
    }

    @Test
    void withPlans_copiesTheList() {
        List<NamedPlan> plans = new ArrayList<>(List.of(CHILD));
        PlanSet set = PlanSet.of().withPlans(plans);
        plans.add(PARENT);

        assertThat(set.plans()).containsExactly(CHILD);
    }

    @Test
    void withPlans_rejectsNullsNamingThem() {
        PlanSet set = PlanSet.of();

        assertThatThrownBy(() -> set.withPlans(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("newPlans");
        assertThatThrownBy(() -> set.withPlans(Arrays.asList(CHILD, null))).isInstanceOf(NullPointerException.class)
                .hasMessage("newPlans element");
    }
}
