package vn.campaign.draft;

import java.util.List;
import java.util.Objects;
import vn.campaign.finding.PlanPointer;
import vn.campaign.model.Language;

/**
 * What changed between two plans, in the order of the first plan's members and tasks, then the second's
 * additions; as text for a terminal and as Markdown for people.
 *
 * <p>Immutable and thread-safe.
 *
 * @param changes the changes; not null, copied
 * @since 0.1
 */
public record PlanChanges(List<PlanChange> changes) {

    /**
     * Checks that nothing is null and copies the changes.
     *
     * @throws NullPointerException if a value is null
     */
    public PlanChanges {
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    }

    /**
     * Whether the two plans have no difference this comparison sees.
     *
     * @return true if there is no change
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Returns the changes of one kind.
     *
     * @param kind the kind, not null
     * @return the changes, in order, never null
     */
    public List<PlanChange> of(ChangeKind kind) {
        Objects.requireNonNull(kind, "kind");
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    /**
     * Returns the changes as text, one a line: the kind, the places in the two plans, the subject and the
     * text before and after; then a summary line.
     *
     * @param language the language of the summary and labels, not null
     * @return the text, ending with a line break, never null
     */
    public String text(Language language) {
        Objects.requireNonNull(language, "language");
        StringBuilder out = new StringBuilder();
        for (PlanChange change : changes) {
            out.append(change.kind()).append(' ').append(places(change)).append(": ").append(change.subject());
            detail(change, out);
            out.append('\n');
        }
        out.append(summary(language)).append('\n');
        return out.toString();
    }

    /**
     * Returns the changes as a Markdown document for people: a heading per kind, a table of the changes.
     *
     * @param language the language, not null
     * @return the Markdown, never null
     */
    public String markdown(Language language) {
        Objects.requireNonNull(language, "language");
        boolean en = language == Language.EN;
        StringBuilder out = new StringBuilder(en ? "# What changed\n\n" : "# Những thay đổi\n\n");
        out.append(summary(language)).append("\n");
        for (ChangeKind kind : ChangeKind.values()) {
            List<PlanChange> some = of(kind);
            if (some.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(kind.label(language)).append(" (").append(some.size()).append(")\n\n");
            out.append(en ? "| subject | before | after | where |\n" : "| nội dung | trước | sau | vị trí |\n");
            out.append("|---|---|---|---|\n");
            for (PlanChange change : some) {
                out.append("| ").append(cell(change.subject())).append(" | ").append(cell(change.was().orElse("")))
                        .append(" | ").append(cell(change.now().orElse(""))).append(" | `").append(places(change))
                        .append("` |\n");
            }
        }
        return out.toString();
    }

    /**
     * Returns the summary line: the number of changes, or that there is none.
     *
     * @param language the language, not null
     * @return the line, never null
     */
    public String summary(Language language) {
        boolean en = Objects.requireNonNull(language, "language") == Language.EN;
        if (changes.isEmpty()) {
            return en ? "No difference." : "Không có thay đổi.";
        }
        long tasks = changes.stream().filter(c -> c.kind().name().startsWith("TASK_")).count();
        return en ? changes.size() + " changes, " + tasks + " of them in tasks."
                : changes.size() + " thay đổi, trong đó " + tasks + " về nhiệm vụ.";
    }

    private static String places(PlanChange change) {
        return change.before().map(PlanPointer::toString).orElse("—") + " → "
                + change.after().map(PlanPointer::toString).orElse("—");
    }

    private static void detail(PlanChange change, StringBuilder out) {
        if (change.was().isPresent() || change.now().isPresent()) {
            out.append(": ").append(change.was().map(t -> "“" + t + "”").orElse("—")).append(" → ")
                    .append(change.now().map(t -> "“" + t + "”").orElse("—"));
        }
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ");
    }
}
