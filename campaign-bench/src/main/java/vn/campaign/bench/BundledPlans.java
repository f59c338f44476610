package vn.campaign.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The real plans bundled with campaign-examples, read as bytes from the class path, so that every
 * benchmark measures the same document as it ships.
 */
public final class BundledPlans {

    /** The plan measured: the 2024 plan of the Kon Rẫy district Front, the largest bundled plan. */
    public static final String KON_RAY = "kon-ray-2024.json";

    /** The parent plan of {@link #KON_RAY}: plan 457/KH-MTTQ-BTT of the Kon Tum provincial Front. */
    public static final String KON_TUM = "kh-457-2024-tinh-kon-tum.json";

    private BundledPlans() {
    }

    /**
     * Returns the bytes of a bundled plan.
     *
     * @param file the file name under {@code plans/}, such as {@link #KON_RAY}; not null
     * @return the UTF-8 bytes of the document, never null
     * @throws IllegalArgumentException if there is no such plan on the class path
     * @throws UncheckedIOException if it cannot be read
     */
    public static byte[] bytes(String file) {
        Objects.requireNonNull(file, "file");
        String resource = "plans/" + file;
        try (InputStream in = BundledPlans.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled plan " + resource + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled plan " + resource, e);
        }
    }
}
