package vn.campaign.internal.validation;

import java.util.ArrayList;
import java.util.List;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.validation.ValidationCode;

/** Collects the findings of one validation. Not thread-safe; one per call. Not part of the API. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    /** Creates an empty collector. */
    public Findings() {
    }

    /**
     * Adds a finding with a code of the validator at its default severity.
     *
     * @param code the code, not null
     * @param pointer where it is, not null
     * @param arguments the message arguments, not null
     */
    public void add(ValidationCode code, PlanPointer pointer, String... arguments) {
        list.add(Finding.of(code, pointer, arguments));
    }

    /**
     * Adds a finding with a code of the validator at its default severity, at a pointer written as text.
     *
     * @param code the code, not null
     * @param pointer the JSON Pointer, such as {@code "/date"}, not null
     * @param arguments the message arguments, not null
     */
    public void add(ValidationCode code, String pointer, String... arguments) {
        list.add(Finding.of(code, PlanPointer.parse(pointer), arguments));
    }

    /**
     * Adds a finding.
     *
     * @param finding the finding, not null
     */
    public void add(Finding finding) {
        list.add(finding);
    }

    /**
     * Returns the findings so far.
     *
     * @return the live list, never null
     */
    public List<Finding> list() {
        return list;
    }
}
