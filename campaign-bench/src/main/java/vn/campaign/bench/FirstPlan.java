package vn.campaign.bench;

import java.lang.management.ManagementFactory;
import vn.campaign.io.PlanJson;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * Measures, in a fresh JVM, the time from the start of the JVM to the first plan validated: the
 * creation of the validator, the reading of the Kon Rẫy plan and its validation (target: at most
 * 1 s). Prints {@code first-plan MILLISECONDS}; {@link Ratios} runs it several times.
 */
public final class FirstPlan {

    private FirstPlan() {
    }

    /**
     * Validates the Kon Rẫy plan and prints the time since the JVM started.
     *
     * @param args none
     * @throws Exception if the bundled plan cannot be read
     */
    public static void main(String[] args) throws Exception {
        PlanValidator validator = PlanValidator.create();
        ValidationReport report = validator.validate(PlanJson.create().read(BundledPlans.bytes(BundledPlans.KON_RAY)));
        long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first-plan " + elapsed + " " + report.findings().size());
    }
}
