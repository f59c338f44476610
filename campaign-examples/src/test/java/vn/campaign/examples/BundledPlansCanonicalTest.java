package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.io.PlanJson;

/** Every bundled plan is stored in the canonical form: formatting it changes no byte. */
class BundledPlansCanonicalTest {

    static List<Path> plans() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/plans"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void bundledPlan_isCanonical(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        PlanJson json = PlanJson.create();

        assertThat(new String(json.writeBytes(json.read(bytes)), StandardCharsets.UTF_8))
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void bundledPlans_areAllFound() throws IOException {
        assertThat(plans()).hasSizeGreaterThanOrEqualTo(6);
    }
}
