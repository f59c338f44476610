package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that are not files, outputs that already exist, an output that is the input, and writes that
 * fail: each command answers with one line naming the file and exit code 2, leaves no file
 * half-written, and never replaces a file without {@code --force}.
 */
class FilesCliTest {

    private static final Path KON_RAY = CheckCommandTest.PLANS.resolve("kon-ray-2024.json");

    @TempDir
    Path temp;

    private Path plan() throws IOException {
        Path copy = temp.resolve("kon-ray.json");
        Files.copy(KON_RAY, copy);
        return copy;
    }

    private Path fifo() throws IOException, InterruptedException {
        Path fifo = temp.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
        return fifo;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "format", "import", "render --to md", "check", "schedule", "report"})
    void aFifo_isRefusedBeforeAnyRead(String command) throws Exception {
        Path fifo = fifo();
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add(1, fifo.toString());

        CampaignCliTest.Run run = CampaignCliTest.run(args.toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        // The Markdown report escapes its text (a backslash before "[" and "_"); the message is the same.
        assertThat((run.out() + run.err()).replace("\\", "")).contains(fifo + ": ")
                .contains("not a regular file (a FIFO, a device or a socket)").contains("[FILE_UNREADABLE]")
                .doesNotContain("Exception");
    }

    @Test
    void render_neverReplacesAnExistingFileWithoutForce() throws IOException {
        Path plan = plan();
        Path target = temp.resolve("plan.md");
        Files.writeString(target, "an official's own edits", StandardCharsets.UTF_8);

        CampaignCliTest.Run refused = CampaignCliTest.run("render", plan.toString(), "--to", "md", "-o", target.toString());

        assertThat(refused.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(refused.err()).isEqualTo(target + ": exists; add --force to replace it [OUTPUT_EXISTS]\n");
        assertThat(Files.readString(target)).isEqualTo("an official's own edits");

        CampaignCliTest.Run forced = CampaignCliTest.run("render", plan.toString(), "--to", "md", "-o", target.toString(),
                "--force");

        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(target)).startsWith("ỦY BAN MTTQ VIỆT NAM HUYỆN KON RẪY");
    }

    @Test
    void render_refusesTheInputAsItsOutput() throws IOException {
        Path plan = plan();
        byte[] before = Files.readAllBytes(plan);

        CampaignCliTest.Run run = CampaignCliTest.run("render", plan.toString(), "--to", "md", "-o", plan.toString(),
                "--force");

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err()).isEqualTo(plan + ": the output is the input; name another file [OUTPUT_IS_INPUT]\n");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }

    @Test
    void render_docxWithoutOutput_writesANewNameBesideTheInputAndNeverTheImportedWordFile() throws IOException {
        Path plan = plan();
        Path word = temp.resolve("kon-ray.docx");
        Files.writeString(word, "the Word document the plan came from", StandardCharsets.UTF_8);

        CampaignCliTest.Run first = CampaignCliTest.run("render", plan.toString(), "--to", "docx");
        CampaignCliTest.Run second = CampaignCliTest.run("render", plan.toString(), "--to", "docx");

        assertThat(first.exit()).isZero();
        assertThat(first.err()).isEqualTo(temp.resolve("kon-ray.rendered.docx") + "\n");
        assertThat(Files.readString(word)).isEqualTo("the Word document the plan came from");
        assertThat(second.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(second.err()).contains("kon-ray.rendered.docx: exists; add --force to replace it [OUTPUT_EXISTS]");
    }

    @Test
    void render_intoAMissingFolder_isOneLineNamingTheFileAndLeavesNothing() throws IOException {
        Path plan = plan();
        Path target = temp.resolve("no-such-folder").resolve("plan.html");

        CampaignCliTest.Run run = CampaignCliTest.run("render", plan.toString(), "--to", "html", "-o", target.toString());

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err()).isEqualTo(target + ": cannot write the file: its folder does not exist [FILE_UNWRITABLE]\n");
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void import_andSchedule_andReport_refuseToReplaceWithoutForce() throws IOException {
        Path plan = plan();
        Path existing = temp.resolve("taken.txt");
        Files.writeString(existing, "keep", StandardCharsets.UTF_8);

        assertThat(CampaignCliTest.run("import", CheckCommandTest.PLANS.resolve("ke-hoach-kon-ray-2024.md").toString(),
                "-o", existing.toString()).err()).endsWith("exists; add --force to replace it [OUTPUT_EXISTS]\n");
        assertThat(CampaignCliTest.run("schedule", plan.toString(), "--ics", existing.toString()).exit())
                .isEqualTo(CampaignCli.UNREADABLE);
        assertThat(CampaignCliTest.run("report", plan.toString(), "-o", existing.toString()).exit())
                .isEqualTo(CampaignCli.UNREADABLE);
        assertThat(Files.readString(existing)).isEqualTo("keep");
    }

    @Test
    void generate_refusesANonEmptyFolderWithoutForce() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("national"));
        Files.writeString(folder.resolve("mine.json"), "{}", StandardCharsets.UTF_8);

        CampaignCliTest.Run refused = CampaignCliTest.run("generate", "--out", folder.toString(), "--communes", "1",
                "--areas-per-commune", "0");
        CampaignCliTest.Run forced = CampaignCliTest.run("generate", "--out", folder.toString(), "--communes", "1",
                "--areas-per-commune", "0", "--force");

        assertThat(refused.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(refused.err()).isEqualTo(folder + ": is a folder that is not empty; add --force to write there"
                + " [OUTPUT_EXISTS]\n");
        assertThat(forced.exit()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.count()).isGreaterThan(2);
        }
    }

    @Test
    void write_thatFailsMidway_leavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = temp.resolve("out.md");
        Files.writeString(target, "before", StandardCharsets.UTF_8);

        IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Outputs.write(target, out -> {
                    out.write("half of it".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));

        assertThat(failure).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("before");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("out.md");
        }
    }
}
