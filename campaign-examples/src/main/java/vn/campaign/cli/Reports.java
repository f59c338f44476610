package vn.campaign.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.io.FindingsJson;
import vn.campaign.io.PlanEntry;
import vn.campaign.io.PlanReadException;
import vn.campaign.model.Language;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/** Prints what {@code validate} found, as text for people or JSON for programs. */
final class Reports {

    private static final JsonFactory JSON = new JsonFactory();

    private Reports() {
    }

    /**
     * What happened to one document: a report, or the reason it could not be read. A document of
     * a stream (NDJSON, a JSON array) has its index and first line; a file of one plan has neither.
     */
    record Result(Path file, OptionalInt index, OptionalInt line, Optional<ValidationReport> report,
            Optional<IOException> failure) {

        static Result validated(Path file, ValidationReport report) {
            return new Result(file, OptionalInt.empty(), OptionalInt.empty(), Optional.of(report), Optional.empty());
        }

        static Result unreadable(Path file, IOException failure) {
            return new Result(file, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.of(failure));
        }

        static Result of(Path file, PlanEntry entry, PlanValidator validator) {
            return new Result(file, OptionalInt.of(entry.index()), OptionalInt.of(entry.line()),
                    entry.plan().map(validator::validate), entry.failure().map(IOException.class::cast));
        }

        /** The name in messages: the file, and the document's index in a stream ({@code plans.ndjson[3]}). */
        String name() {
            return index.isPresent() ? file + "[" + index.getAsInt() + "]" : file.toString();
        }
    }

    /** The one-line message for a file that could not be read, in a language. */
    static String unreadable(Path file, IOException failure, Language language) {
        return file + ": " + describe(failure, language);
    }

    /** A file of many plans holding none: "[]", an empty NDJSON file. */
    static final class NoPlan extends IOException {
        private static final long serialVersionUID = 1L;

        NoPlan(Language language) {
            super(language == Language.VI ? "không có kế hoạch nào" : "no plan");
        }
    }

    /**
     * The total line of a folder: plans read, plans that could not be read, findings by severity.
     *
     * @param totals read, unreadable, errors, warnings, notes
     */
    static String total(long[] totals, Language language) {
        return language == Language.VI
                ? "Tổng cộng: " + totals[0] + " kế hoạch đã đọc, " + totals[1] + " không đọc được; " + totals[2]
                        + " lỗi, " + totals[3] + " cảnh báo, " + totals[4] + " thông tin"
                : "Total: " + totals[0] + " plans read, " + totals[1] + " unreadable; " + totals[2] + " errors, "
                        + totals[3] + " warnings, " + totals[4] + " notes";
    }

    /**
     * What is wrong with an unreadable file, then its code in brackets. A read error is its location
     * and the message of its code from the read errors' catalogue (campaign-io's
     * {@code messages.properties}, Vietnamese, or {@code messages_en.properties}), which quotes the
     * reader's detail; in English that is the exception's own message, as before.
     */
    private static String describe(IOException failure, Language language) {
        boolean vi = language == Language.VI;
        if (failure instanceof NoPlan) {
            return failure.getMessage() + " [NO_PLAN]";
        }
        if (failure instanceof PlanReadException) {
            PlanReadException e = (PlanReadException) failure;
            if (!vi) {
                return e.getMessage() + " [" + e.code() + "]";
            }
            // The message is "line L, column C[ at POINTER]: DETAIL"; the pointer as it shows there.
            String message = e.getMessage();
            String location = message.substring(0, Math.max(0, message.length() - e.detail().length() - 2));
            int at = location.indexOf(" at ");
            return "dòng " + e.line() + ", cột " + e.column() + (at < 0 ? "" : " tại " + location.substring(at + 4))
                    + ": " + e.toFinding().message(language) + " [" + e.code() + "]";
        }
        if (failure instanceof NoSuchFileException) {
            return (vi ? "không có tệp này" : "no such file") + " [FILE_NOT_FOUND]";
        }
        return (vi ? "không đọc được tệp: " : "cannot read the file: ") + failure.getMessage() + " [FILE_UNREADABLE]";
    }

    private static String code(IOException failure) {
        if (failure instanceof NoPlan) {
            return "NO_PLAN";
        }
        if (failure instanceof PlanReadException) {
            return ((PlanReadException) failure).code();
        }
        return failure instanceof NoSuchFileException ? "FILE_NOT_FOUND" : "FILE_UNREADABLE";
    }

    /** Prints results one at a time, so that memory does not grow with the number of documents. */
    interface Printer {
        /** Prints one result. */
        void print(Result result) throws IOException;

        /** Ends the output and flushes it. */
        void finish() throws IOException;
    }

    /** Lines for people: findings and summaries to {@code out}, unreadable documents to {@code err}. */
    static Printer text(Language language, PrintWriter out, PrintWriter err) {
        return new Printer() {
            @Override
            public void print(Result result) {
                if (result.failure().isPresent()) {
                    err.println(result.name() + ": " + describe(result.failure().get(), language));
                    return;
                }
                ValidationReport report = result.report().get();
                for (Finding finding : report.findings()) {
                    out.println(result.name() + ": " + finding.severity().name() + " " + finding.code() + " "
                            + (finding.pointer().isRoot() ? "/" : finding.pointer().toString()) + ": "
                            + finding.message(language));
                }
                out.println(result.name() + ": " + summary(report, language));
            }

            @Override
            public void finish() {
                out.flush();
                err.flush();
            }
        };
    }

    /**
     * The one-line count of a report's findings by severity, as {@code validate} prints it.
     */
    static String summaryLine(ValidationReport report, Language language) {
        return summary(report, language);
    }

    private static String summary(ValidationReport report, Language language) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        return language == Language.VI
                ? errors + " lỗi, " + warnings + " cảnh báo, " + infos + " thông tin"
                : errors + " errors, " + warnings + " warnings, " + infos + " notes";
    }

    /**
     * One JSON array of findings for programs, written as the results come: each finding in the shape
     * of {@link FindingsJson}, with the file and, for a document of a stream, its index and first line;
     * an unreadable document as an object of the same shape whose message is the reader's.
     */
    static Printer json(Language language, PrintWriter out) throws IOException {
        JsonGenerator generator = JSON.createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.useDefaultPrettyPrinter();
        generator.writeStartArray();
        return new Printer() {
            @Override
            public void print(Result result) throws IOException {
                if (result.failure().isPresent()) {
                    IOException failure = result.failure().get();
                    generator.writeStartObject();
                    generator.writeStringField("file", result.file().toString());
                    position(generator, result);
                    generator.writeStringField("code", code(failure));
                    generator.writeStringField("severity", Severity.ERROR.name());
                    if (failure instanceof PlanReadException) {
                        PlanReadException e = (PlanReadException) failure;
                        generator.writeStringField("path", e.pointer());
                        generator.writeNumberField("line", e.line());
                        generator.writeNumberField("column", e.column());
                    } else {
                        generator.writeStringField("path", "");
                    }
                    generator.writeStringField("message", describe(failure, language));
                    generator.writeEndObject();
                    return;
                }
                for (Finding finding : result.report().get().findings()) {
                    generator.writeStartObject();
                    generator.writeStringField("file", result.file().toString());
                    position(generator, result);
                    FindingsJson.writeMembers(generator, finding, language);
                    generator.writeEndObject();
                }
            }

            @Override
            public void finish() throws IOException {
                generator.writeEndArray();
                generator.close();
                out.println();
                out.flush();
            }
        };
    }

    /** The index and first line of a document of a stream; nothing for a file of one plan. */
    private static void position(JsonGenerator generator, Result result) throws IOException {
        if (result.index().isPresent()) {
            generator.writeNumberField("index", result.index().getAsInt());
            generator.writeNumberField("documentLine", result.line().getAsInt());
        }
    }
}
