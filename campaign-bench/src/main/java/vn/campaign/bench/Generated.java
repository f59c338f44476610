package vn.campaign.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.examples.CascadeGenerator;
import vn.campaign.io.BulkFormat;
import vn.campaign.io.PlanJson;

/** Writes a generated cascade to a folder, one file a plan, or to one NDJSON file, as {@code campaign-cli generate} does. */
final class Generated {

    private Generated() {
    }

    static void write(CascadeGenerator generator, Path folder) throws IOException {
        PlanJson json = PlanJson.create();
        try {
            generator.plans().parallel().forEach(plan -> {
                try {
                    Files.write(folder.resolve(plan.file()), json.writeBytes(plan.plan()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void writeNdjson(CascadeGenerator generator, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            PlanJson.create().writeAll(generator.plans().map(NamedPlan::plan).iterator(), out, BulkFormat.NDJSON);
        }
    }
}
