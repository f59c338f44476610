package vn.campaign.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.campaign.draft.Draft;
import vn.campaign.draft.DraftUnit;
import vn.campaign.draft.PlanDrafter;
import vn.campaign.io.PlanJson;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Plan;

/**
 * The plans the drafting tests start from, and every draft the issue asks for: the Kon Rẫy district
 * from 457/KH-MTTQ-BTT, each commune of Kon Rẫy from the Kon Rẫy plan, a commune from the 2026 province
 * plan, and next year's plans.
 */
final class Drafts {

    /** The province plan 457/KH-MTTQ-BTT (its tasks inferred from the Kon Rẫy plan). */
    static final String PROVINCE_2024 = "/plans/kh-457-2024-tinh-kon-tum.json";
    /** The real 2024 plan of the Kon Rẫy district Front. */
    static final String KON_RAY_2024 = "/plans/kon-ray-2024.json";
    /** The illustrative 2026 plan of Quảng Ngãi province, with no district in it. */
    static final String PROVINCE_2026 = "/plans/tinh-quang-ngai-2026.json";
    /** The illustrative commune plan of Đăk Kôi for 2024. */
    static final String DAK_KOI_2024 = "/plans/xa-dak-koi-2024.json";
    /** The illustrative 2025 plan of Kon Tum province, adapted from 457/KH-MTTQ-BTT (no real one is in the corpus). */
    static final String PROVINCE_2025 = "/draft/kh-12-2025-tinh-kon-tum.illustrative.json";

    /**
     * The town and the six communes of Kon Rẫy before the 2025 reform, as the project's domain notes
     * (§6) list them; the Kon Rẫy plan itself names none of them.
     */
    static final List<String> KON_RAY_COMMUNES = List.of("thị trấn Đăk Rve", "xã Đăk Kôi", "xã Đăk Pne", "xã Đăk Ruồng",
            "xã Đăk Tơ Lung", "xã Đăk Tờ Re", "xã Tân Lập");

    static final PlanDrafter DRAFTER = PlanDrafter.create();

    private Drafts() {
    }

    static Plan plan(String resource) {
        try (InputStream in = Drafts.class.getResourceAsStream(resource)) {
            return PlanJson.create().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Draft konRayDistrict() {
        return DRAFTER.draft(plan(PROVINCE_2024), DraftUnit.of("Kon Rẫy", AdministrativeLevel.DISTRICT));
    }

    static Draft konRayCommune(String name) {
        return DRAFTER.draft(plan(KON_RAY_2024), DraftUnit.of(name, AdministrativeLevel.COMMUNE));
    }

    static Draft commune2026() {
        return DRAFTER.draft(plan(PROVINCE_2026), DraftUnit.of("Minh Long", AdministrativeLevel.COMMUNE));
    }

    static Draft konRay2025() {
        return DRAFTER.nextYear(plan(KON_RAY_2024), plan(PROVINCE_2025));
    }

    static Draft dakKoi2026() {
        return DRAFTER.nextYear(plan(DAK_KOI_2024), plan(PROVINCE_2026));
    }

    /** Every drafted plan by name, with the parent it complies with. */
    static Map<String, Plan[]> all() {
        Map<String, Plan[]> all = new LinkedHashMap<>();
        all.put("Kon Rẫy 2024 from 457/KH-MTTQ-BTT", new Plan[] {konRayDistrict().plan(), plan(PROVINCE_2024)});
        for (String commune : KON_RAY_COMMUNES) {
            all.put(commune + " 2024 from Kon Rẫy", new Plan[] {konRayCommune(commune).plan(), plan(KON_RAY_2024)});
        }
        all.put("xã Minh Long 2026 from Quảng Ngãi", new Plan[] {commune2026().plan(), plan(PROVINCE_2026)});
        all.put("Kon Rẫy 2025 from Kon Rẫy 2024", new Plan[] {konRay2025().plan(), plan(PROVINCE_2025)});
        all.put("Đăk Kôi 2026 from Đăk Kôi 2024", new Plan[] {dakKoi2026().plan(), plan(PROVINCE_2026)});
        return all;
    }
}
