package vn.campaign.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.io.PlanJson;
import vn.campaign.io.PlanReadException;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.testing.SamplePlans;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.PlanSet;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;

/** Reading a folder of plans into a plan set. */
class PlanSetsTest {

    @TempDir
    Path folder;

    @Test
    void read_readsTheJsonFilesInNameOrderAndTheSupportLevels() throws IOException {
        PlanJson json = PlanJson.create();
        Files.write(folder.resolve("b.json"), json.writeBytes(SamplePlans.communeNumbered()));
        Files.write(folder.resolve("a.json"), json.writeBytes(SamplePlans.commune()));
        Files.writeString(folder.resolve("notes.txt"), "not a plan");
        Files.writeString(folder.resolve(PlanSets.SUPPORT_LEVELS), "COMMUNE_FRONT_SUPPORT=30000000\n");

        PlanSet set = PlanSets.read(folder, json);

        assertThat(set.plans()).extracting(NamedPlan::file)
                .containsExactly(folder.resolve("a.json").toString(), folder.resolve("b.json").toString());
        assertThat(set.plans().get(1).plan()).isEqualTo(SamplePlans.communeNumbered());
        assertThat(set.supportLevel(FundingItem.COMMUNE_FRONT_SUPPORT)).contains(Money.vnd(30_000_000));
        assertThat(set.supportLevel(FundingItem.RESIDENTIAL_TEAM_SUPPORT)).isEmpty();
    }

    @Test
    void read_rejectsAnUnknownItemAndPassesOnAnUnreadablePlan() throws IOException {
        Files.writeString(folder.resolve(PlanSets.SUPPORT_LEVELS), "PROPAGANDA=1\n");
        assertThatThrownBy(() -> PlanSets.read(folder, PlanJson.create()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a support item: PROPAGANDA");

        Files.writeString(folder.resolve("broken.json"), "{");
        assertThatThrownBy(() -> PlanSets.read(folder, PlanJson.create())).isInstanceOf(PlanReadException.class)
                .satisfies(e -> assertThat(((PlanReadException) e).errorCode()).isEqualTo(ReadErrorCode.MALFORMED_JSON));
    }
}
