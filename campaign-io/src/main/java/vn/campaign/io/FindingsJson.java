package vn.campaign.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Report;
import vn.campaign.model.Language;

/**
 * The JSON of findings, the same for every check: what {@code campaign-cli.jar validate --format json}
 * and {@code check --format json} print, and what an application sends on. A report is an array of
 * findings; a finding is an object whose members are, in this order, those it has:
 *
 * <pre>{@code
 * {
 *   "file" : "kon-ray-2024.json",               // Finding.file(), when known
 *   "code" : "PARENT_TASK_NOT_COVERED",
 *   "severity" : "ERROR",                         // ERROR, WARNING or INFO
 *   "path" : "/sections",                         // the JSON Pointer, "" for the whole plan
 *   "parentFile" : "kh-457.json",                 // compliance: the parent element it derives from
 *   "parentPath" : "/sections/0/tasks/4",
 *   "line" : 12,                                  // reading and import: where in the source
 *   "column" : 18,
 *   "source" : "- Tổ chức Ngày hội …",            // import: the source text concerned
 *   "message" : "Nhiệm vụ …"                      // in the language asked for
 * }
 * }</pre>
 *
 * <p>{@code docs/json-format.md} documents the shape. The message is the finding's
 * {@linkplain Finding#message(Language) message}; the arguments, the hint and the labels are not
 * written. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class FindingsJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FindingsJson() {
    }

    /**
     * Writes a report as a JSON array of findings, indented as the command line prints it.
     *
     * @param report the report, not null
     * @param language the language of the messages, not null
     * @return the JSON text, never null
     */
    public static String toJson(Report report, Language language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            generator.useDefaultPrettyPrinter();
            write(generator, report, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /**
     * Writes a report as a JSON array of findings, in report order.
     *
     * @param generator where to write, not null
     * @param report the report, not null
     * @param language the language of the messages, not null
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator generator, Report report, Language language) throws IOException {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        generator.writeStartArray();
        for (Finding finding : report.findings()) {
            write(generator, finding, language);
        }
        generator.writeEndArray();
    }

    /**
     * Writes a finding as a JSON object.
     *
     * @param generator where to write, not null
     * @param finding the finding, not null
     * @param language the language of the message, not null
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator generator, Finding finding, Language language) throws IOException {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(finding, "finding");
        generator.writeStartObject();
        if (finding.file().isPresent()) {
            generator.writeStringField("file", finding.file().get());
        }
        writeMembers(generator, finding, language);
        generator.writeEndObject();
    }

    /**
     * Writes the members of a finding that follow {@code "file"}, into an object the caller has
     * started: for a caller that adds members of its own after the file, as the command line does
     * with the {@code index} and {@code documentLine} of a document of a stream.
     *
     * @param generator where to write, inside an object, not null
     * @param finding the finding, not null
     * @param language the language of the message, not null
     * @throws IOException if the generator fails
     */
    public static void writeMembers(JsonGenerator generator, Finding finding, Language language) throws IOException {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(language, "language");
        generator.writeStringField("code", finding.code());
        generator.writeStringField("severity", finding.severity().name());
        generator.writeStringField("path", finding.pointer().toString());
        if (finding.parentPointer().isPresent()) {
            generator.writeStringField("parentFile", finding.parentFile().orElse(""));
            generator.writeStringField("parentPath", finding.parentPointer().get().toString());
        }
        if (finding.line().isPresent()) {
            generator.writeNumberField("line", finding.line().getAsInt());
        }
        if (finding.column().isPresent()) {
            generator.writeNumberField("column", finding.column().getAsInt());
        }
        if (finding.source().isPresent()) {
            generator.writeStringField("source", finding.source().get());
        }
        generator.writeStringField("message", finding.message(language));
    }
}
