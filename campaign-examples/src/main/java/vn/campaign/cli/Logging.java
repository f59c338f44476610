package vn.campaign.cli;

/**
 * Sets up logging before any library logs: SLF4J's simple binding at WARN, or DEBUG with
 * {@code --debug}, Hibernate Validator's JBoss Logging routed to SLF4J, and Apache POI's Log4j API
 * given its simple logger, so that nothing but
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
        // Apache POI logs through the Log4j API; without this, Log4j prints an error that it found no
        // provider. Its simple logger writes only errors (or everything with --debug) to standard error.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", debugRequested ? "DEBUG" : "ERROR");
    }

    static boolean debug() {
        return debug;
    }
}
