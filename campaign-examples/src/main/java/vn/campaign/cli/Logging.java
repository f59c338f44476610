package vn.campaign.cli;

/**
 * Sets up logging before any library logs: SLF4J's simple binding at WARN, or DEBUG with
 * {@code --debug}, and Hibernate Validator's JBoss Logging routed to SLF4J, so that nothing but
 * the tool's own output reaches the terminal.
 */
final class Logging {

    private static volatile boolean debug;

    private Logging() {
    }

    static void configure(boolean debugRequested) {
        debug = debugRequested;
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debugRequested ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    static boolean debug() {
        return debug;
    }
}
