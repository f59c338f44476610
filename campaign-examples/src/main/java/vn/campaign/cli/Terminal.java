package vn.campaign.cli;

import java.io.PrintWriter;
import java.util.Locale;
import vn.campaign.text.Graphemes;

/**
 * What the tool may do on a terminal: colours and a progress bar only when a person is watching
 * ({@code System.console() != null}); redirected output stays plain text.
 */
final class Terminal {

    /** Below this many files no progress bar is shown: the work is over before one would help. */
    static final int PROGRESS_THRESHOLD = 5;

    private Terminal() {
    }

    /**
     * Tells whether the tool runs on a terminal.
     *
     * @return true if there is a console
     */
    static boolean interactive() {
        return System.console() != null;
    }

    /** A one-line progress bar on standard error, redrawn in place; does nothing when disabled. */
    static final class Progress {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final int total;
        private final boolean enabled;

        Progress(PrintWriter err, int total, boolean enabled) {
            this.err = err;
            this.total = total;
            this.enabled = enabled && total >= PROGRESS_THRESHOLD;
        }

        void step(int done, String name) {
            if (!enabled) {
                return;
            }
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            String label = name.length() > 40 ? "…" + Graphemes.last(name, 39) : name;
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %-40s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    done, total, label));
            err.flush();
        }

        void finish() {
            if (enabled) {
                err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
                err.flush();
            }
        }
    }
}
