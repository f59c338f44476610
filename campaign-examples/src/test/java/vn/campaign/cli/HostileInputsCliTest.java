package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

/**
 * The defects of issue 14 that ran the command line out of memory, each in a child JVM with
 * {@code -Xmx256m} as the issue measured them: every one now ends with exit code 2 and one line naming
 * the file and the limit, no stack trace; a document just within the default limits still goes
 * through in the same heap. The inputs are generated here.
 */
class HostileInputsCliTest {

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    /** Runs the command line in a JVM of its own with a 256 MB heap. */
    static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                CampaignCli.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errors = new Thread(() -> copy(process.getErrorStream(), err));
        errors.start();
        process.getInputStream().transferTo(out);
        // A guard against a hang, not a measure: every run here takes a few seconds.
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the command ended").isTrue();
        errors.join();
        return new Run(process.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void copy(java.io.InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertOneLine(Run run, Path file, String code) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ": ").endsWith("[" + code + "]" + System.lineSeparator());
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "OutOfMemoryError", "internal error");
    }

    private Path markdownOfListLines(int lines) throws IOException {
        Path file = temp.resolve("list-" + lines + ".md");
        StringBuilder text = new StringBuilder("KẾ HOẠCH\n\nI. NỘI DUNG\n\n");
        for (int i = 0; i < lines; i++) {
            text.append("- a").append(i % 10).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void import_ofA1_6MBMarkdownOfShortListLines_isRefusedAtMaxLines() throws Exception {
        Path file = markdownOfListLines(400_000);
        assertThat(Files.size(file)).isGreaterThan(1_600_000);

        Run run = run("import", file.toString());

        assertOneLine(run, file, "LIMIT_EXCEEDED");
        assertThat(run.err()).contains("more than 20000 lines (limit maxLines)");
    }

    @Test
    void import_ofAMarkdownJustWithinTheLineLimit_endsIn256MB() throws Exception {
        Path file = markdownOfListLines(19_990);

        Run run = run("import", file.toString());

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
    }

    /** A .docx whose body, {@code size} bytes inflated, compresses about 60 times (under POI's guard). */
    private Path docx(String name, int size) throws IOException {
        Path file = temp.resolve(name);
        java.util.Random random = new java.util.Random(14);
        String sentence = "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; ".repeat(6);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    + "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8));
            long written = 0;
            while (written < size) {
                byte[] paragraph = ("<w:p><w:r><w:t>" + sentence + random.nextInt(1_000_000) + "</w:t></w:r></w:p>")
                        .getBytes(StandardCharsets.UTF_8);
                zip.write(paragraph);
                written += paragraph.length;
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void import_ofA358KBDocxInflatingTo20MB_isRefusedAtMaxInflatedSize() throws Exception {
        Path file = docx("bomb.docx", 20 * 1024 * 1024);
        assertThat(Files.size(file)).isBetween(210_000L, 1_000_000L);

        Run run = run("import", file.toString());

        assertOneLine(run, file, "LIMIT_EXCEEDED");
        assertThat(run.err()).contains("(limit maxInflatedSize)");
    }

    @Test
    void import_ofADocxJustWithinTheInflatedLimit_endsIn256MB() throws Exception {
        // 7.5 MiB inflated, about 19,000 paragraphs: within the line limit too.
        Path file = docx("large.docx", 7 * 1024 * 1024 + 512 * 1024);

        Run run = run("import", file.toString());

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "OutOfMemoryError");
    }

    @Test
    void import_ofDevZero_isRefusedBeforeAnyRead() throws Exception {
        Path zero = Path.of("/dev/zero");

        Run run = run("import", zero.toString());

        assertOneLine(run, zero, "FILE_UNREADABLE");
    }

    @Test
    void import_ofTextThatIsNotUtf8_saysSo() throws Exception {
        Path file = temp.resolve("latin1.md");
        Files.write(file, "KẾ HOẠCH Ngày hội".getBytes(StandardCharsets.ISO_8859_1));

        Run run = run("import", file.toString());

        assertOneLine(run, file, "FILE_UNREADABLE");
        assertThat(run.err()).isEqualTo(file + ": not UTF-8 text; save it as UTF-8, or as .docx [FILE_UNREADABLE]"
                + System.lineSeparator());
    }

    @Test
    void import_ofALineOfQuotationMarksAfterATrigger_ends() throws Exception {
        Path file = temp.resolve("quotes.md");
        Files.writeString(file, "KẾ HOẠCH\nI. NỘI DUNG\n1. Tuyên truyền\nlồng ghép với Cuộc vận động "
                + "“".repeat(103_000) + "\n", StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(300_000);

        Run run = run("import", file.toString());

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
    }

    /** The Kon Rẫy plan with its sections replaced by {@code sections} of {@code tasks} tasks of {@code text}. */
    private Path plan(String name, int sections, int tasks, String text) throws IOException {
        return plan(name, sections, tasks, text, 2024);
    }

    /** As above, the tasks scheduled in quarters of {@code year} (outside the plan's 2024 when it is not 2024). */
    private Path plan(String name, int sections, int tasks, String text, int year) throws IOException {
        Plan konRay = PlanJson.create().read(CampaignCliTest.KON_RAY);
        List<Section> generated = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            List<Task> list = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                list.add(Task.builder(Integer.toString(s * tasks + t, 36)).kinds(TaskKind.PROPAGANDA).description(text)
                        .schedule(Schedule.quarters(year, 1 + t % 4)).build());
            }
            generated.add(Section.builder("s" + s, String.valueOf(s + 1), "Phần " + (s + 1)).kind(SectionKind.CONTENT)
                    .tasks(list.toArray(Task[]::new)).build());
        }
        Path file = temp.resolve(name);
        // Compact, as another application may write it: 80,000 tasks fit in the 10 MiB read limit.
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Files.write(file, mapper.writeValueAsBytes(mapper.readTree(
                PlanJson.create().writeBytes(konRay.toBuilder().replaceSections(generated).build()))));
        return file;
    }

    /** 20,000 short tasks in 3.6 MB: POI ran out of a 256 MB heap on them (about 30 KB of heap a task). */
    @Test
    void render_ofA3_6MBPlanToDocx_isRefusedAtMaxTasks() throws Exception {
        Path file = plan("large.json", 8, 2_500, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở thôn");
        assertThat(Files.size(file)).isGreaterThan(3_600_000L);
        Path output = temp.resolve("large.docx");

        Run run = run("render", file.toString(), "--to", "docx", "-o", output.toString());

        assertOneLine(run, file, "LIMIT_EXCEEDED");
        assertThat(run.err()).contains("more than 5000 tasks (limit maxTasks)");
        assertThat(output).doesNotExist();
    }

    @Test
    void render_ofAPlanOfLongerTextThanTheLimit_isRefusedAtMaxTextLength() throws Exception {
        Path file = plan("long.json", 4, 1, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ".repeat(7_000));

        Run run = run("render", file.toString(), "--to", "html");

        assertOneLine(run, file, "LIMIT_EXCEEDED");
        assertThat(run.err()).contains("more than 1000000 characters of text (limit maxTextLength)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void render_ofAPlanJustWithinTheTaskLimitToDocx_endsIn256MB() throws Exception {
        Path file = plan("within-both.json", 5, 990, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ".repeat(2));
        Path output = temp.resolve("within-both.docx");

        Run run = run("render", file.toString(), "--to", "docx", "-o", output.toString());

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "OutOfMemoryError");
        assertThat(output).exists();
    }

    @Test
    void render_ofAPlanJustWithinTheTextLimitToDocx_endsIn256MB() throws Exception {
        Path file = plan("within.json", 8, 110, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ".repeat(22));
        Path output = temp.resolve("within.docx");

        Run run = run("render", file.toString(), "--to", "docx", "-o", output.toString());

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "OutOfMemoryError");
        assertThat(output).exists();
    }

    @Test
    void schedule_ofAPlanOf80000TasksToICalendar_isRefusedAtMaxTasks() throws Exception {
        Path file = plan("tasks.json", 8, 10_000, "Họp");
        Path output = temp.resolve("tasks.ics");

        Run run = run("schedule", file.toString(), "--ics", output.toString());

        assertOneLine(run, file, "LIMIT_EXCEEDED");
        assertThat(run.err()).contains("more than 5000 tasks (limit maxTasks)");
        assertThat(run.out()).isEmpty();
        assertThat(output).doesNotExist();
    }

    @Test
    void schedule_ofAPlanJustWithinTheTaskLimit_endsIn256MB() throws Exception {
        Path file = plan("within-tasks.json", 5, 990, "Họp");
        Path output = temp.resolve("within.ics");

        Run run = run("schedule", file.toString(), "--ics", output.toString());

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "OutOfMemoryError");
        assertThat(output).exists();
    }

    /** 80,000 tasks scheduled outside the period: a finding each, a report of tens of millions of characters. */
    @Test
    void report_ofAPlanOf80000Findings_isRefusedAtMaxTextLength() throws Exception {
        Path file = plan("findings.json", 8, 10_000, "Họp", 2030);
        Path output = temp.resolve("findings.md");

        Run run = run("report", file.toString(), "-o", output.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("report: The report has more than 1000000 characters of text (limit "
                + "maxTextLength) [LIMIT_EXCEEDED]" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(output).doesNotExist();
    }

    @Test
    void report_withAHigherMaxTextLength_isWrittenWithin256MB() throws Exception {
        Path file = plan("some-findings.json", 2, 2_000, "Họp", 2030);

        Run refused = run("report", file.toString());
        Run written = run("report", file.toString(), "--format", "html", "--max-text-length", "5000000");

        assertThat(refused.exit()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("[LIMIT_EXCEEDED]");
        assertThat(written.exit()).as(written.err()).isEqualTo(1);
        assertThat(written.out()).contains("SCHEDULE_OUTSIDE_PERIOD").endsWith("</html>\n").hasSizeLessThan(5_000_001);
    }

    @Test
    void report_withAMaxTextLengthOfZero_isABadUsage() throws Exception {
        Run run = run("report", CampaignCliTest.KON_RAY.toString(), "--max-text-length", "0");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("report: maxTextLength must be at least 1: 0 [BAD_USAGE]"
                + System.lineSeparator());
    }
}
