package vn.campaign.internal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Campaign;
import vn.campaign.model.DateRange;
import vn.campaign.model.Plan;

class DistrictBodiesTest {

    private static Plan plan(Actor... actors) {
        return Plan.builder().issuer(actors[0].id()).title("t").period(DateRange.ofYear(2026))
                .date(LocalDate.of(2026, 1, 5)).campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .actors(actors).build();
    }

    @Test
    void of_findsBodiesByLevelAndByNameOnly() {
        Actor province = Actor.of("province", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.PROVINCE,
                "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh");
        Actor byLevel = Actor.of("district", ActorKind.PEOPLES_COMMITTEE, AdministrativeLevel.DISTRICT,
                "Ủy ban nhân dân");
        Actor byName = Actor.atAllLevels("dpc", ActorKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân huyện Kon Rẫy");
        Actor town = Actor.atAllLevels("town", ActorKind.PARTY_COMMITTEE, "Thị ủy thị xã Buôn Hồ");
        Actor commune = Actor.of("commune", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.COMMUNE,
                "Ban Thường trực Ủy ban MTTQ Việt Nam xã").withUnit("xã Đăk Kôi, huyện Kon Rẫy");
        Actor city = Actor.atAllLevels("city", ActorKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân thành phố Hà Nội");

        assertThat(DistrictBodies.of(plan(province, byLevel, byName, town, commune, city)))
                .extracting(body -> body.actor().id(), DistrictBodies.Body::byLevel, DistrictBodies.Body::index)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("district", true, 1),
                        org.assertj.core.groups.Tuple.tuple("dpc", false, 2),
                        org.assertj.core.groups.Tuple.tuple("town", false, 3));
    }

    @Test
    void namesDistrict_readsWholeWordsOnly() {
        assertThat(DistrictBodies.namesDistrict("Huyện ủy Kon Rẫy")).isTrue();
        assertThat(DistrictBodies.namesDistrict("Ủy ban nhân dân quận 1")).isTrue();
        assertThat(DistrictBodies.namesDistrict("UBND thành phố thuộc tỉnh")).isTrue();
        assertThat(DistrictBodies.namesDistrict("Ủy ban nhân dân thành phố Kon Tum")).isFalse();
        assertThat(DistrictBodies.namesDistrict("Ban Thường trực Ủy ban MTTQ Việt Nam xã")).isFalse();
    }
}
