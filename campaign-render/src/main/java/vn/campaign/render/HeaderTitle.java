package vn.campaign.render;

import java.util.List;

/**
 * The title line at the top right of a rendered plan, above the place and date.
 *
 * <p>Decree 30/2020/NĐ-CP, Appendix I, puts the national title and motto there ("CỘNG HÒA XÃ HỘI
 * CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"). The Front adapts the Decree for its own
 * documents and prints "MẶT TRẬN TỔ QUỐC VIỆT NAM" in that place instead. The project's domain notes
 * do not say which one Front plans must use, so the choice is left to the caller; the default of
 * {@link PlanRenderer#create()} is {@link #NATIONAL}, the Decree's own layout. This is a choice of
 * the SDK, not a rule found in a source.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum HeaderTitle {
    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "Độc lập - Tự do - Hạnh phúc" (Decree 30/2020/NĐ-CP). */
    NATIONAL("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    /** "MẶT TRẬN TỔ QUỐC VIỆT NAM", the line the Front prints on its own documents. */
    FRONT("MẶT TRẬN TỔ QUỐC VIỆT NAM");

    private final List<String> lines;

    HeaderTitle(String... lines) {
        this.lines = List.of(lines);
    }

    /** The lines printed, top to bottom; the layout gets the text, not this enum, so it stays below the API. */
    List<String> lines() {
        return lines;
    }
}
