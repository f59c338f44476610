package vn.campaign.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line tool {@code campaign-cli.jar}: validates plans, checks them against their parent
 * plan ({@code check}), prints them in canonical JSON, renders them as documents ({@code render}),
 * calendars and timelines ({@code schedule}) and findings reports ({@code report}), and imports plan
 * documents ({@code import}).
 *
 * <p>Exit codes: 0 when no input has an ERROR finding, 1 when some input has one, 2 when an input
 * cannot be read or the command line is wrong. For {@code import}: 0 when a plan was built with no
 * unmapped text, 1 when some text was unmapped or no plan could be built, 2 as above. Output is
 * UTF-8 whatever the platform encoding; no stack trace is printed unless {@code --debug} is given.
 */
@Command(name = "campaign-cli",
        mixinStandardHelpOptions = true,
        versionProvider = CampaignCli.Version.class,
        description = "Kiểm tra, đối chiếu, định dạng, xuất và nhập kế hoạch Cuộc vận động "
                + "(checks, compares with the parent plan, formats, renders and imports campaign plans).",
        subcommands = {ValidateCommand.class, CheckCommand.class, GenerateCommand.class, FormatCommand.class,
            SchemaCommand.class,
            RenderCommand.class, ScheduleCommand.class, ReportCommand.class, ImportCommand.class,
            DraftCommand.class, DiffCommand.class,
            CommandLine.HelpCommand.class})
public final class CampaignCli {

    /** Exit code: every input was read and none has an ERROR finding. */
    public static final int OK = 0;
    /** Exit code: some input has an ERROR finding. */
    public static final int FINDINGS = 1;
    /** Exit code: some input could not be read, or the command line is wrong. */
    public static final int UNREADABLE = 2;

    private CampaignCli() {
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), args));
    }

    /**
     * Runs the tool with the given streams, for embedding and tests.
     *
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the command line, not null
     * @return the exit code: 0, 1 or 2
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Logging.configure(java.util.Arrays.asList(args).contains("--debug"));
        CommandLine commandLine = new CommandLine(new CampaignCli());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("campaign-cli: internal error: " + exception
                    + (Logging.debug() ? "" : " (run with --debug for details)"));
            if (Logging.debug()) {
                exception.printStackTrace(line.getErr());
            }
            return UNREADABLE;
        });
        CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            if (exception.getCause() instanceof CommandLine.TypeConversionException
                    && exception.getArgSpec() instanceof CommandLine.Model.OptionSpec
                    && "--lang".equals(((CommandLine.Model.OptionSpec) exception.getArgSpec()).longestName())) {
                // One line that says what to write instead, not the whole usage help.
                exception.getCommandLine().getErr().println("campaign-cli: " + exception.getCause().getMessage());
                return UNREADABLE;
            }
            return usage.handleParseException(exception, arguments);
        });
        return commandLine.execute(args);
    }

    /**
     * Reports the version the build wrote into {@code vn/campaign/cli/version.properties} (a filtered
     * resource, so that it is the same from the jar, from the classes of a build and in tests), with
     * the Java runtime it runs on.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = CampaignCli.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties is missing from the build of campaign-cli");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return new String[] {"campaign-cli " + properties.getProperty("version"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
