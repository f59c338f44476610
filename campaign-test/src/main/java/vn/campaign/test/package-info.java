/**
 * A test kit for teams that keep plans: AssertJ assertions ({@link vn.campaign.test.CampaignAssertions})
 * and JUnit 5 dynamic tests over a folder of plans ({@link vn.campaign.test.PlanFolderTests}).
 *
 * <pre>
 * assertThat(plan("plans/huyen-2024.json")).compliesWith(plan("plans/tinh-2024.json"));
 * </pre>
 */
package vn.campaign.test;
