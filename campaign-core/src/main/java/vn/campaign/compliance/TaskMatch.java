package vn.campaign.compliance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.finding.PlanPointer;

/**
 * One row of a child plan's coverage table: a task that the parent plan addresses to the child's
 * level, and the child's tasks that carry it out, each with the evidence for the pairing.
 *
 * <p>Real plans do not name the parent's tasks they carry out; an official copies the parent's
 * headings, rewords them, merges or splits them. So a pairing rests on evidence, strongest first:
 * an explicit link ({@code implementsTasks}, always wins), a declaration that the task does not
 * apply, the task kind together with the wording, the wording alone, the kind alone. The
 * {@link #coverage()} says what the check concludes: covered, covered only by a weak or ambiguous
 * pairing (a WARNING that asks for a link), or not covered at all (an ERROR).
 *
 * <p>Immutable and thread-safe.
 *
 * @param parentTaskId the id of the parent's task; not null
 * @param parentPointer the JSON Pointer of the parent's task in the parent plan; not null
 * @param parentLabel the parent's task in the officials' words: its heading, or the first words of
 *     its text; not null
 * @param coverage what the check concludes; not null
 * @param basis the evidence of the best pairing, {@link Basis#NONE} when there is none; not null
 * @param score how strong the best pairing is, from 0 to 1; 1 for a link or a declaration
 * @param candidates the child's tasks that may carry it out, best first; not null, no null element,
 *     empty when none
 * @since 0.1
 */
public record TaskMatch(String parentTaskId, PlanPointer parentPointer, String parentLabel, Coverage coverage,
        Basis basis, double score, List<Candidate> candidates) {

    /**
     * Checks that nothing is null and copies the candidates.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the score is not between 0 and 1
     */
    public TaskMatch {
        Objects.requireNonNull(parentTaskId, "parentTaskId");
        Objects.requireNonNull(parentPointer, "parentPointer");
        Objects.requireNonNull(parentLabel, "parentLabel");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(candidates, "candidates");
        candidates.forEach(candidate -> Objects.requireNonNull(candidate, "candidates element"));
        candidates = List.copyOf(candidates);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("A score is between 0 and 1: " + score);
        }
    }

    /**
     * Returns the best candidate, the child's task that most likely carries out the parent's task.
     *
     * @return the best candidate, or empty when there is none
     */
    public Optional<Candidate> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /**
     * What the check concludes about one parent task.
     *
     * @since 0.1
     */
    public enum Coverage {
        /** A child task carries it out (or the child declares it not applicable). */
        COVERED,
        /** Only a weak or ambiguous pairing: a person should confirm it with a link. */
        WEAK,
        /** No child task is even a candidate. */
        NOT_COVERED
    }

    /**
     * The evidence of a pairing, strongest first.
     *
     * @since 0.1
     */
    public enum Basis {
        /** The child's task names the parent's task in {@code implementsTasks}. */
        LINKED,
        /** The child declares the parent's task not applicable ({@code notApplicable}). */
        NOT_APPLICABLE,
        /** The two tasks are of the same kind and their wording shares meaningful words. */
        KIND_AND_WORDING,
        /** The wording alone is close; the kinds differ. */
        WORDING,
        /** The kinds match; the wording shares little. */
        KIND_ONLY,
        /** No evidence at all. */
        NONE
    }

    /**
     * A child task that may carry out the parent's task.
     *
     * @param childTaskId the id of the child's task; not null
     * @param childPointer its JSON Pointer in the child plan; not null
     * @param basis the evidence; not null
     * @param score how strong the pairing is, from 0 to 1
     * @since 0.1
     */
    public record Candidate(String childTaskId, PlanPointer childPointer, Basis basis, double score) {

        /**
         * Checks that nothing is null.
         *
         * @throws NullPointerException if a value is null
         * @throws IllegalArgumentException if the score is not between 0 and 1
         */
        public Candidate {
            Objects.requireNonNull(childTaskId, "childTaskId");
            Objects.requireNonNull(childPointer, "childPointer");
            Objects.requireNonNull(basis, "basis");
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("A score is between 0 and 1: " + score);
            }
        }
    }
}
