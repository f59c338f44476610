package vn.campaign.render;

import java.util.Locale;
import java.util.Objects;

/**
 * The formats a plan is rendered to as an official document. Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum DocumentFormat {
    /** Markdown, laid out like the seed texts of the project. */
    MARKDOWN("md"),
    /** One self-contained, printable HTML file. */
    HTML("html"),
    /** A Word document (Office Open XML); needs Apache POI {@code poi-ooxml} on the class path. */
    DOCX("docx");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Returns the usual file name extension, without the dot.
     *
     * @return "md", "html" or "docx", never null
     */
    public String extension() {
        return extension;
    }

    /**
     * Returns the format for a file name extension or a name given on a command line.
     *
     * @param name "md", "markdown", "html", "htm" or "docx", in any case; not null
     * @return the format, never null
     * @throws IllegalArgumentException if the name is none of these; the message lists them
     */
    public static DocumentFormat fromName(String name) {
        Objects.requireNonNull(name, "name");
        switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "md":
            case "markdown":
                return MARKDOWN;
            case "html":
            case "htm":
                return HTML;
            case "docx":
                return DOCX;
            default:
                throw new IllegalArgumentException("Unknown document format \"" + name + "\" (expected md, html or docx)");
        }
    }
}
