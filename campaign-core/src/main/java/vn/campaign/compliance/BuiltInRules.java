package vn.campaign.compliance;

import java.util.List;

/**
 * The ids of the built-in compliance rules, for rule selection and profiles.
 *
 * <p>Each id is stable. {@code docs/compliance.md} documents every rule with its codes and sources.
 *
 * @since 0.1
 */
public final class BuiltInRules {

    /** Each parent task addressed to the child's level is implemented or declared not applicable. */
    public static final String COVERAGE = "coverage";
    /** Child task windows lie inside their parent tasks' windows; the child is issued after the parent. */
    public static final String TIMING = "timing";
    /** The Great Unity festival lies in the parent's window, normally on or before 18/11. */
    public static final String FESTIVAL = "festival";
    /** Duties go to the plan's own level or below; the plan reports to the parent's issuer. */
    public static final String ACTORS = "actors";
    /** The child cites its parent by number and date. */
    public static final String CITATION = "citation";
    /** State-budget lines, socialised funds and support minimums follow Circular 121/2017/TT-BTC. */
    public static final String FUNDING = "funding";
    /** Interim and final reviews the parent asks for are planned. */
    public static final String REVIEWS = "reviews";
    /** Levels follow the administrative hierarchy in force on the plan's date. */
    public static final String HIERARCHY = "hierarchy";

    /** Every built-in rule id, in the order the rules run. */
    public static final List<String> IDS = List.of(HIERARCHY, CITATION, COVERAGE, TIMING, FESTIVAL, ACTORS, FUNDING,
            REVIEWS);

    private BuiltInRules() {
    }
}
