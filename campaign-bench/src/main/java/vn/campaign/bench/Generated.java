package vn.campaign.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.campaign.examples.CascadeGenerator;
import vn.campaign.io.PlanJson;

/** Writes a generated cascade to a folder, one file a plan, as {@code campaign-cli generate} does. */
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
}
