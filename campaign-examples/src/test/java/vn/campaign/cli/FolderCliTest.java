package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders with broken files: {@code validate DIR} and {@code check DIR} name each file that cannot be
 * read on one line and go on with the others; {@code validate DIR} ends with a total line; a file of
 * many plans that holds none is "no plan", exit code 2.
 */
class FolderCliTest {

    @TempDir
    Path temp;

    private Path folder() throws IOException, InterruptedException {
        Files.copy(CampaignCliTest.KON_RAY, temp.resolve("a.json"));
        Files.writeString(temp.resolve("b.json"), "{\"schemaVersion\": \"1.0\", ", StandardCharsets.UTF_8);
        Files.copy(CampaignCliTest.KON_RAY, temp.resolve("c.json"));
        Process mkfifo = new ProcessBuilder("mkfifo", temp.resolve("d.json").toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return temp;
    }

    @Test
    void validateFolder_namesEachBrokenFileAndValidatesTheOthers() throws Exception {
        Path folder = folder();

        CampaignCliTest.Run run = CampaignCliTest.run("validate", folder.toString());

        // Vietnamese by default: the location and the read error's message from its catalogue.
        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err().lines()).containsExactly(
                folder.resolve("b.json") + ": dòng 1, cột 26: Tệp không phải là JSON hợp lệ: malformed JSON: "
                        + "Unexpected end-of-input within/between Object entries [MALFORMED_JSON]",
                folder.resolve("d.json") + ": không đọc được tệp: not a regular file (a FIFO, a device or a socket) "
                        + "[FILE_UNREADABLE]");
        assertThat(run.out()).contains(folder.resolve("a.json") + ": 0 lỗi, 3 cảnh báo, 1 thông tin")
                .contains(folder.resolve("c.json") + ": 0 lỗi, 3 cảnh báo, 1 thông tin")
                .endsWith("Tổng cộng: 2 kế hoạch đã đọc, 2 không đọc được; 0 lỗi, 6 cảnh báo, 2 thông tin"
                        + System.lineSeparator());
    }

    @Test
    void validateFolder_totalLineInEnglish() throws Exception {
        Path folder = folder();

        CampaignCliTest.Run run = CampaignCliTest.run("validate", "--lang", "en", folder.toString());

        assertThat(run.out()).endsWith("Total: 2 plans read, 2 unreadable; 0 errors, 6 warnings, 2 notes"
                + System.lineSeparator());
    }

    @Test
    void checkFolder_namesEachBrokenFileAndChecksTheOthers() throws Exception {
        Path folder = folder();

        CampaignCliTest.Run run = CampaignCliTest.run("check", "--lang", "en", folder.toString());

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err().lines()).containsExactly(
                folder.resolve("b.json") + ": line 1, column 26: malformed JSON: Unexpected end-of-input within/between "
                        + "Object entries [MALFORMED_JSON]",
                folder.resolve("d.json") + ": cannot read the file: not a regular file (a FIFO, a device or a socket) "
                        + "[FILE_UNREADABLE]");
        assertThat(run.out()).contains(folder.resolve("a.json").toString()).contains(folder.resolve("c.json").toString());
    }

    @Test
    void anArrayOrAnNdjsonFileWithNoPlan_isNoPlan() throws IOException {
        Path array = Files.writeString(temp.resolve("empty.json"), "[]", StandardCharsets.UTF_8);
        Path ndjson = Files.writeString(temp.resolve("empty.ndjson"), "", StandardCharsets.UTF_8);

        CampaignCliTest.Run vietnamese = CampaignCliTest.run("validate", array.toString(), ndjson.toString());
        CampaignCliTest.Run english = CampaignCliTest.run("validate", "--lang", "en", array.toString());

        assertThat(vietnamese.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(vietnamese.err().lines()).containsExactly(array + ": không có kế hoạch nào [NO_PLAN]",
                ndjson + ": không có kế hoạch nào [NO_PLAN]");
        assertThat(english.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(english.err()).isEqualTo(array + ": no plan [NO_PLAN]" + System.lineSeparator());
    }
}
