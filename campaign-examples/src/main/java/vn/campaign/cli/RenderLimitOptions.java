package vn.campaign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.campaign.render.RenderLimitException;
import vn.campaign.render.RenderLimits;

/** The limits of {@code render} and {@code schedule} ({@link RenderLimits}), with their defaults. */
final class RenderLimitOptions {

    @Option(names = "--max-tasks", paramLabel = "N",
            description = "Giới hạn số nhiệm vụ (most tasks rendered, default 5000).")
    Integer maxTasks;

    @Option(names = "--max-text-length", paramLabel = "N",
            description = "Giới hạn số ký tự văn bản (most characters of text rendered, default 1000000).")
    Long maxTextLength;

    /** The limits asked for; throws IllegalArgumentException for a value out of range. */
    RenderLimits limits() {
        RenderLimits limits = RenderLimits.defaults();
        limits = maxTasks == null ? limits : limits.withMaxTasks(maxTasks);
        return maxTextLength == null ? limits : limits.withMaxTextLength(maxTextLength);
    }

    /** The limits, or empty after printing why an option is out of range. */
    java.util.Optional<RenderLimits> limitsOrReport(String command, PrintWriter err) {
        try {
            return java.util.Optional.of(limits());
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage() + " [BAD_USAGE]");
            return java.util.Optional.empty();
        }
    }

    /** The one-line message for a plan beyond a limit. */
    static String exceeded(Path file, RenderLimitException e) {
        return file + ": " + e.getMessage() + " [" + RenderLimitException.CODE + "]";
    }
}
