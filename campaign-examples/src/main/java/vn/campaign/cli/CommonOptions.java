package vn.campaign.cli;

import picocli.CommandLine.Option;
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

    /** Converts {@code vi}/{@code en}. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromTag(value);
        }
    }
}
