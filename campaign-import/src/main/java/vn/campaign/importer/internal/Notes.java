package vn.campaign.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.campaign.importer.ImportNote;
import vn.campaign.importer.ImportNoteCode;

/** Collects the notes of one import, once per line and code. Not thread-safe; not part of the API. */
final class Notes {

    private final Set<String> seen = new LinkedHashSet<>();
    private final List<ImportNote> notes = new ArrayList<>();

    void add(int line, String source, ImportNoteCode code) {
        if (seen.add(line + "|" + code + "|" + source)) {
            notes.add(new ImportNote(line, source, code));
        }
    }

    void add(SourceLine line, ImportNoteCode code) {
        add(line.number(), line.raw(), code);
    }

    List<ImportNote> list() {
        return List.copyOf(notes);
    }
}
