package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void progress_drawsABarInPlaceForManyFilesAndClearsIt() {
        StringWriter err = new StringWriter();
        Terminal.Progress progress = new Terminal.Progress(new PrintWriter(err), 6, true);

        progress.step(3, "plans/c.json");
        progress.finish();

        assertThat(err.toString()).startsWith("\r[###############...............] 3/6 plans/c.json")
                .endsWith("\r");
    }

    @Test
    void progress_staysSilentForFewFilesOrWithoutATerminal() {
        StringWriter few = new StringWriter();
        StringWriter redirected = new StringWriter();

        Terminal.Progress small = new Terminal.Progress(new PrintWriter(few), Terminal.PROGRESS_THRESHOLD - 1, true);
        small.step(1, "a.json");
        small.finish();
        Terminal.Progress plain = new Terminal.Progress(new PrintWriter(redirected), 50, false);
        plain.step(1, "a.json");
        plain.finish();

        assertThat(few.toString()).isEmpty();
        assertThat(redirected.toString()).isEmpty();
    }
}
