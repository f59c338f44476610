package vn.campaign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.io.PlanJson;
import vn.campaign.importer.ImportLimitException;
import vn.campaign.importer.ImportLimits;
import vn.campaign.importer.ImportResult;
import vn.campaign.importer.PlanImporter;
import vn.campaign.model.Language;

/**
 * {@code import FILE [-o plan.json]}: imports a plan document (Markdown, text or Word) and prints the
 * import report; with {@code -o} writes the plan as JSON.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Nhập kế hoạch từ văn bản Markdown, văn bản thường hoặc Word (.docx) và in báo cáo nhập "
                + "(import a plan document and print the import report). Mã thoát (exit code): 0 tạo được kế hoạch, "
                + "mọi dòng đều được ánh xạ (a plan was built, nothing unmapped); 1 có dòng không ánh xạ được hoặc "
                + "không tạo được kế hoạch (some text unmapped, or no plan); 2 không đọc được tệp, vượt giới hạn "
                + "hoặc sai cú pháp lệnh (unreadable file, a limit exceeded, or bad usage).")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            converter = CommonOptions.LanguageConverter.class,
            description = "Ngôn ngữ báo cáo (language of the report): vi (mặc định, default) hoặc en.")
    Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "plan.json",
            description = "Ghi kế hoạch ra tệp JSON (write the plan as JSON to this file).")
    Path output;

    @Option(names = "--force", description = "Ghi đè tệp đã có (replace an existing output file).")
    boolean force;

    @Option(names = "--debug", description = "In chi tiết lỗi (print stack traces and debug logs).")
    boolean debug;

    @Option(names = "--max-length", paramLabel = "BYTES", description = "Giới hạn kích thước tệp (largest file, "
            + "default 4194304 bytes).")
    Long maxLength;

    @Option(names = "--max-lines", paramLabel = "N", description = "Giới hạn số dòng, đoạn (most lines or paragraphs, "
            + "default 20000).")
    Integer maxLines;

    @Option(names = "--max-table-cells", paramLabel = "N", description = "Giới hạn số ô bảng của tệp Word (most table "
            + "cells of a .docx, default 50000).")
    Integer maxTableCells;

    @Option(names = "--max-inflated-size", paramLabel = "BYTES", description = "Giới hạn dung lượng giải nén của tệp Word "
            + "(most bytes a .docx inflates to, default 8388608).")
    Long maxInflatedSize;

    @Option(names = "--max-entries", paramLabel = "N", description = "Giới hạn số phần (ZIP entries) của tệp Word (most "
            + "parts of a .docx, default 1000).")
    Integer maxEntries;

    @Parameters(paramLabel = "FILE",
            description = "Văn bản kế hoạch: .docx (Word), .txt (văn bản thường) hoặc Markdown (mọi tệp khác).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> refused = Outputs.refuseInput(file, language);
        if (refused.isEmpty() && Files.isDirectory(file)) {
            refused = Optional.of(file + ": is a folder; name a document [FILE_UNREADABLE]");
        }
        if (refused.isEmpty() && output != null) {
            refused = Outputs.refuseOutput(output, force, file);
        }
        if (refused.isPresent()) {
            err.println(refused.get());
            err.flush();
            return CampaignCli.UNREADABLE;
        }
        PlanImporter importer;
        try {
            importer = importer();
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage() + " [BAD_USAGE]");
            err.flush();
            return CampaignCli.UNREADABLE;
        }
        ImportResult result;
        try {
            result = read(file, importer);
        } catch (CharacterCodingException e) {
            err.println(file + ": not UTF-8 text; save it as UTF-8, or as .docx [FILE_UNREADABLE]");
            err.flush();
            return CampaignCli.UNREADABLE;
        } catch (IOException e) {
            err.println(Reports.unreadable(file, e, language));
            err.flush();
            return CampaignCli.UNREADABLE;
        } catch (ImportLimitException e) {
            err.println(file + ": " + e.getMessage() + " [" + ImportLimitException.CODE + "]");
            err.flush();
            return CampaignCli.UNREADABLE;
        }
        out.println(file + ":");
        out.print(result.format(language));
        out.flush();
        if (output != null && result.plan().isPresent()) {
            try {
                byte[] bytes = PlanJson.create().write(result.plan().get()).getBytes(StandardCharsets.UTF_8);
                Outputs.write(output, stream -> stream.write(bytes));
            } catch (IOException e) {
                err.println(Outputs.unwritable(output, e));
                err.flush();
                return CampaignCli.UNREADABLE;
            }
        }
        return result.isComplete() ? CampaignCli.OK : CampaignCli.FINDINGS;
    }

    /** The importer with the limits given on the command line, the defaults for the others. */
    private PlanImporter importer() {
        ImportLimits limits = ImportLimits.defaults();
        limits = maxLength == null ? limits : limits.withMaxDocumentLength(maxLength);
        limits = maxLines == null ? limits : limits.withMaxLines(maxLines);
        limits = maxTableCells == null ? limits : limits.withMaxTableCells(maxTableCells);
        limits = maxInflatedSize == null ? limits : limits.withMaxInflatedSize(maxInflatedSize);
        limits = maxEntries == null ? limits : limits.withMaxEntries(maxEntries);
        return PlanImporter.create().withLimits(limits);
    }

    private static ImportResult read(Path file, PlanImporter importer) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        long length = importer.limits().maxDocumentLength();
        if (Files.size(file) > length) {
            // Refused before reading: a file larger than the limit is never held in memory.
            throw new ImportLimitException("more than " + length + " bytes", "maxDocumentLength", length);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (name.endsWith(".docx") || bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3) {
            // POI logs through the Log4j API; without an implementation it would warn on stderr.
            if (System.getProperty("log4j.provider") == null) {
                System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            }
            return importer.importDocx(new java.io.ByteArrayInputStream(bytes));
        }
        String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return name.endsWith(".txt") ? importer.importText(text) : importer.importMarkdown(text);
    }
}
