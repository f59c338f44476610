package vn.campaign.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.Channel;
import vn.campaign.model.FundingItem;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.IntegrationKind;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Role;
import vn.campaign.model.SectionKind;
import vn.campaign.model.TaskKind;

/** The code tables answer as {@link Enum#valueOf} does, for every code list the reader reads. */
class CodeTableTest {

    private static final List<Class<? extends Enum<?>>> LISTS = List.of(ActorKind.class, AdministrativeLevel.class,
            CampaignContent.class, Channel.class, FundingItem.class, FundingSourceKind.class, IntegrationKind.class,
            RecipientPurpose.class, ReferenceRelation.class, Role.class, SectionKind.class, TaskKind.class);

    @Test
    void find_agreesWithValueOf_onEveryNameAndNearMiss() {
        int found = 0;
        int missed = 0;
        for (Class<? extends Enum<?>> list : LISTS) {
            List<String> candidates = new ArrayList<>(List.of("", "X", "null"));
            for (Enum<?> constant : list.getEnumConstants()) {
                String name = constant.name();
                candidates.addAll(List.of(name, name.toLowerCase(Locale.ROOT), name + "_", "_" + name,
                        name.substring(0, name.length() - 1), name + " ", name.replace('_', '-')));
            }
            for (String candidate : candidates) {
                // Placed inside a longer buffer, as the parser hands its characters over.
                char[] buffer = ("«»" + candidate + "»«").toCharArray();
                Object expected = valueOf(list, candidate);
                assertThat(find(list, buffer, 2, candidate.length())).as("%s in %s", candidate, list.getSimpleName())
                        .isEqualTo(expected);
                if (expected == null) {
                    missed++;
                } else {
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(100);
        assertThat(missed).isGreaterThan(500);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object find(Class list, char[] text, int offset, int length) {
        return CodeTable.of(list).find(text, offset, length);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object valueOf(Class list, String name) {
        try {
            return Enum.valueOf(list, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
