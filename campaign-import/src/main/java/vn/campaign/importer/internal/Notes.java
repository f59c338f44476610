package vn.campaign.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.importer.ImportCode;

/**
 * Collects the findings of one import, once per line and code: each at the root of the plan, with its
 * line and source text as context. Not thread-safe; not part of the API.
 */
final class Notes {

    private final Set<String> seen = new LinkedHashSet<>();
    private final List<Finding> notes = new ArrayList<>();

    /** Adds a note about a line, or about the whole document with line 0 and an empty source. */
    void add(int line, String source, ImportCode code) {
        add(line, source, code, List.of());
    }

    /** Adds a note with the arguments its message shows (values the importer read, such as a year). */
    void add(int line, String source, ImportCode code, List<String> arguments) {
        if (seen.add(line + "|" + code + "|" + source)) {
            notes.add(new Finding(code.code(), code.severity(), PlanPointer.root(), arguments, Optional.empty(),
                    Optional.empty(), Optional.empty(), line == 0 ? OptionalInt.empty() : OptionalInt.of(line),
                    OptionalInt.empty(), source.isEmpty() ? Optional.empty() : Optional.of(source)));
        }
    }

    void add(SourceLine line, ImportCode code) {
        add(line.number(), line.raw(), code);
    }

    List<Finding> list() {
        return List.copyOf(notes);
    }
}
