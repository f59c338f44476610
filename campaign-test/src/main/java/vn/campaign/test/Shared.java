package vn.campaign.test;

import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.io.PlanJson;
import vn.campaign.validation.PlanValidator;

/** The costly, thread-safe objects the kit shares between tests, created on first use. */
final class Shared {

    private Shared() {
    }

    /** Holds the validator, built once (Hibernate Validator's factory). */
    static final class Validator {
        static final PlanValidator INSTANCE = PlanValidator.create();

        private Validator() {
        }
    }

    static final PlanJson JSON = PlanJson.create();

    static ComplianceChecker checker() {
        return ComplianceChecker.builder().loadRules(Thread.currentThread().getContextClassLoader()).build();
    }
}
