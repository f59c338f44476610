package vn.campaign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.model.Language;

/** Options shared by the sub-commands. */
final class CommonOptions {

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            converter = LanguageConverter.class,
            description = "Ngôn ngữ thông báo (language of messages): vi (mặc định, default) hoặc en.")
    Language language;

    @Option(names = "--strict",
            description = "Báo lỗi trường không xác định (reject unknown members instead of keeping them).")
    boolean strict;

    @Option(names = "--debug", description = "In chi tiết lỗi (print stack traces and debug logs).")
    boolean debug;

    /** The reader these options ask for: strict or lenient about unknown members. */
    PlanJson json() {
        return PlanJson.builder().strict(strict).build();
    }

    /**
     * Reads one plan, or prints the one-line reason it cannot be read.
     *
     * @return the plan, or empty when it could not be read (the caller exits with 2)
     */
    Optional<Plan> readOrReport(Path file, PrintWriter err) {
        Optional<String> refused = Outputs.refuseInput(file, language);
        if (refused.isPresent()) {
            err.println(refused.get());
            return Optional.empty();
        }
        try {
            return Optional.of(json().read(file));
        } catch (IOException e) {
            err.println(Reports.unreadable(file, e, language));
            return Optional.empty();
        }
    }

    /**
     * Converts {@code vi}/{@code en}; anything else is refused with one line in both languages, since
     * the language asked for is unknown (CampaignCli prints it alone, without the usage help).
     */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.fromTag(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("--lang " + value
                        + ": ngôn ngữ không được hỗ trợ, dùng vi hoặc en (unknown language: use vi or en)");
            }
        }
    }
}
