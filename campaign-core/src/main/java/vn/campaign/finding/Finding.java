package vn.campaign.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.campaign.internal.finding.Catalogues;
import vn.campaign.model.Language;

/**
 * One problem or remark of a check of a plan, the same for every check (reading, validation,
 * compliance, import): a stable code, a severity, where it is, the values its message shows, and what
 * else the check knows of where it is.
 *
 * <p>The {@linkplain #pointer() pointer} is into the plan's JSON ({@link PlanPointer}); it is the root
 * when the finding is about the plan as a whole or about source text that is in no element of it. The
 * context is optional: the {@linkplain #file() file} the plan came from, the file and pointer of the
 * element of the parent plan the finding derives from (compliance), and the {@linkplain #line() line},
 * {@linkplain #column() column} and {@linkplain #source() text} of the source (reading, import).
 *
 * <p>The message is looked up by code in the bundle of the {@link FindingCatalogue} that lists the code,
 * and its placeholders {@code {0}}, {@code {1}} … are replaced by the arguments, as plain text: an
 * argument is never evaluated and never read as a template, so text from a plan cannot change a
 * message. A code that no registered catalogue lists shows as the code followed by its arguments.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, such as {@code "UNKNOWN_ACTOR"}; not null, not blank
 * @param severity how serious it is; not null
 * @param pointer where it is in the plan; not null
 * @param arguments the values the message shows, in placeholder order; not null, no null element
 * @param file the file (or other source) of the plan; not null, may be empty
 * @param parentFile the file of the parent plan it derives from; not null, may be empty
 * @param parentPointer where in the parent plan the element it derives from is; not null, may be empty
 * @param line the line of the source, from 1; not null, may be empty
 * @param column the column of the source, from 1, counting code points; not null, empty without a line
 * @param source the source text concerned, as written; not null, may be empty
 *
 * @since 0.1
 */
public record Finding(String code, Severity severity, PlanPointer pointer, List<String> arguments,
        Optional<String> file, Optional<String> parentFile, Optional<PlanPointer> parentPointer, OptionalInt line,
        OptionalInt column, Optional<String> source) {

    /**
     * Checks the values and copies the arguments.
     *
     * @param code the stable code; not null, not blank
     * @param severity the severity; not null
     * @param pointer the pointer; not null
     * @param arguments the message arguments; not null, no null element
     * @param file the file; not null
     * @param parentFile the parent's file; not null
     * @param parentPointer the parent's pointer; not null
     * @param line the line; not null, at least 1 if present
     * @param column the column; not null, at least 1 if present, present only with a line
     * @param source the source text; not null
     * @throws NullPointerException if a value or an argument is null
     * @throws IllegalArgumentException if the code is blank, or the line or column is out of range
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(parentFile, "parentFile");
        Objects.requireNonNull(parentPointer, "parentPointer");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(source, "source");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A finding code must not be blank");
        }
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line.getAsInt());
        }
        if (column.isPresent() && (column.getAsInt() < 1 || line.isEmpty())) {
            throw new IllegalArgumentException("column must be at least 1 and come with a line: " + column.getAsInt());
        }
    }

    /**
     * Returns a finding with a code of a catalogue, at its default severity, without context.
     *
     * @param code the code, not null
     * @param pointer where it is, not null
     * @param arguments the values the message shows, not null, no null element
     * @return the finding, never null
     */
    public static Finding of(FindingCode code, PlanPointer pointer, String... arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(arguments, "arguments");
        return of(code.code(), code.severity(), pointer, Arrays.asList(arguments));
    }

    /**
     * Returns a finding with any code, without context: for an application's own rules.
     *
     * @param code the code, not null, not blank
     * @param severity the severity, not null
     * @param pointer where it is, not null
     * @param arguments the values the message shows, not null, no null element
     * @return the finding, never null
     * @throws IllegalArgumentException if the code is blank
     */
    public static Finding of(String code, Severity severity, PlanPointer pointer, List<String> arguments) {
        return new Finding(code, severity, pointer, arguments, Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
    }

    /**
     * Returns this finding with another severity, as a profile gives it.
     *
     * @param newSeverity the severity, not null
     * @return the finding, never null
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(code, newSeverity, pointer, arguments, file, parentFile, parentPointer, line, column, source);
    }

    /**
     * Returns this finding in the plan of a file.
     *
     * @param newFile the file name or path as the user gave it, not null
     * @return the finding, never null
     */
    public Finding inFile(String newFile) {
        return new Finding(code, severity, pointer, arguments, Optional.of(newFile), parentFile, parentPointer, line,
                column, source);
    }

    /**
     * Returns this finding derived from an element of the parent plan.
     *
     * @param newParentFile the file of the parent plan, not null
     * @param newParentPointer where the element is in the parent plan, not null
     * @return the finding, never null
     */
    public Finding fromParent(String newParentFile, PlanPointer newParentPointer) {
        return new Finding(code, severity, pointer, arguments, file, Optional.of(newParentFile),
                Optional.of(newParentPointer), line, column, source);
    }

    /**
     * Returns this finding at a line of the source, with the text concerned: for the notes of an
     * import.
     *
     * @param newLine the line, from 1
     * @param newSource the text, as written, not null
     * @return the finding, never null
     * @throws IllegalArgumentException if the line is less than 1
     */
    public Finding atLine(int newLine, String newSource) {
        return new Finding(code, severity, pointer, arguments, file, parentFile, parentPointer, OptionalInt.of(newLine),
                OptionalInt.empty(), Optional.of(newSource));
    }

    /**
     * Returns this finding at a line and column of the source: for an error of reading.
     *
     * @param newLine the line, from 1
     * @param newColumn the column, from 1, counting code points
     * @return the finding, never null
     * @throws IllegalArgumentException if the line or column is less than 1
     */
    public Finding atPosition(int newLine, int newColumn) {
        return new Finding(code, severity, pointer, arguments, file, parentFile, parentPointer, OptionalInt.of(newLine),
                OptionalInt.of(newColumn), source);
    }

    /**
     * Returns the message in Vietnamese.
     *
     * @return the message, never null
     */
    public String message() {
        return message(Language.VI);
    }

    /**
     * Returns the message in a language.
     *
     * @param language the language, not null
     * @return the message with the arguments filled in, never null
     */
    public String message(Language language) {
        Objects.requireNonNull(language, "language");
        return Catalogues.message(code, arguments, language);
    }

    /**
     * Returns what to do about the finding, in Vietnamese.
     *
     * @return the hint, never null; empty for a code without one
     */
    public String hint() {
        return hint(Language.VI);
    }

    /**
     * Returns what to do about the finding, in a language (bundle key {@code CODE.hint}).
     *
     * @param language the language, not null
     * @return the hint with the arguments filled in, never null; empty for a code without one
     */
    public String hint(Language language) {
        Objects.requireNonNull(language, "language");
        return Catalogues.hint(code, arguments, language);
    }

    /**
     * Returns the code of this finding in a registered catalogue.
     *
     * @return the code, or empty for a code that no registered catalogue lists
     */
    public Optional<FindingCode> findingCode() {
        return FindingCode.of(code);
    }

    /**
     * Returns one line for logs and test failures: severity, code, file and pointer, the parent element
     * it derives from, the line and column, and the arguments:
     * {@code "ERROR PARENT_TASK_NOT_COVERED kon-ray-2024.json#/sections <- kh-457.json#/sections/1/tasks/0 [a, b]"},
     * {@code "WARNING PLAN_DATE_MISSING /date []"}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(severity).append(' ').append(code).append(' ');
        if (file.isPresent()) {
            text.append(file.get()).append('#').append(pointer);
        } else {
            text.append(pointer.isRoot() ? "\"\"" : pointer.toString());
        }
        if (parentPointer.isPresent()) {
            text.append(" <- ").append(parentFile.orElse("")).append('#').append(parentPointer.get());
        }
        if (line.isPresent()) {
            text.append(" (line ").append(line.getAsInt());
            if (column.isPresent()) {
                text.append(", column ").append(column.getAsInt());
            }
            text.append(')');
        }
        return text.append(' ').append(arguments).toString();
    }
}
