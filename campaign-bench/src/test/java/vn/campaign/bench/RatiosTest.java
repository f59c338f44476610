package vn.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatiosTest {

    /** A JMH 1.37 {@code -rf json} result as JMH writes it, with made-up scores. */
    private static final String RESULT = "[\n"
            + result("ReadBenchmark.jackson", "avgt", 100.0, 2.5) + ",\n"
            + result("ReadBenchmark.ours", "avgt", 130.0, 3.25) + ",\n"
            + result("ReadValidateBenchmark.jackson", "avgt", 100.0, 1.0) + ",\n"
            + result("ReadValidateBenchmark.ours", "avgt", 180.0, 4.0) + ",\n"
            + result("ValidateBenchmark.hibernate", "avgt", 20.0, 0.5) + ",\n"
            + result("ValidateBenchmark.ours", "avgt", 50.0, 0.5) + ",\n"
            + result("WriteBenchmark.jackson", "avgt", 40.0, 0.1) + ",\n"
            + result("WriteBenchmark.ours", "avgt", 44.0, 0.1) + ",\n"
            + result("ComplianceBenchmark.ours", "avgt", 30.0, 0.2) + ",\n"
            + result("ComplianceBenchmark.validate", "avgt", 60.0, 0.3) + "\n"
            + "]\n";

    @Test
    void ratios_divideOursByTheBaseline() throws Exception {
        Map<String, Double> ratios = Ratios.ratios(Ratios.parse(RESULT));

        assertThat(ratios).containsOnlyKeys("read_vs_jackson", "read_validate_vs_jackson_read",
                "validate_vs_hibernate", "write_vs_jackson", "compliance_vs_validate");
        assertThat(ratios.get("read_vs_jackson")).isCloseTo(1.3, within(1e-9));
        assertThat(ratios.get("read_validate_vs_jackson_read")).isCloseTo(1.8, within(1e-9));
        assertThat(ratios.get("validate_vs_hibernate")).isCloseTo(2.5, within(1e-9));
        assertThat(ratios.get("write_vs_jackson")).isCloseTo(1.1, within(1e-9));
        assertThat(ratios.get("compliance_vs_validate")).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void ratios_leaveOutAComparisonThatDidNotRunBothSides() throws Exception {
        String onlyRead = "[" + result("ReadBenchmark.ours", "avgt", 130.0, 1.0) + ","
                + result("WriteBenchmark.ours", "avgt", 44.0, 0.1) + ","
                + result("WriteBenchmark.jackson", "avgt", 40.0, 0.1) + "]";

        assertThat(Ratios.ratios(Ratios.parse(onlyRead))).containsOnlyKeys("write_vs_jackson");
    }

    @Test
    void parse_readsShortNamesScoresErrorsAndUnits() throws Exception {
        assertThat(Ratios.parse(RESULT)).first()
                .isEqualTo(new Ratios.Score("ReadBenchmark.jackson", 100.0, 2.5, "us/op", Double.NaN));
    }

    @Test
    void parse_rejectsThroughput() {
        String throughput = "[" + result("ReadBenchmark.ours", "thrpt", 7.7, 0.1) + "]";

        assertThatIllegalArgumentException().isThrownBy(() -> Ratios.parse(throughput))
                .withMessage("The benchmark vn.campaign.bench.ReadBenchmark.ours ran in mode \"thrpt\"; "
                        + "ratios need times per operation (avgt or ss)");
    }

    @Test
    void ratios_ofTheCascade_comparePerPlanCostsTheTargetsAndTheTokenPass() throws Exception {
        // 415 communes make 12,900 plans, 3,321 make 102,986; from NDJSON 2,000 ms and 16,000 ms,
        // from a folder 3,000 ms and 18,000 ms; the token pass over the nation 8,000 and 6,000 ms.
        String json = "[" + cascade("cascade", 415, "ndjson", 2_000) + "," + cascade("cascade", 3_321, "ndjson", 16_000)
                + "," + cascade("tokens", 3_321, "ndjson", 8_000) + "," + cascade("cascade", 415, "folder", 3_000)
                + "," + cascade("cascade", 3_321, "folder", 18_000) + "," + cascade("tokens", 3_321, "folder", 6_000)
                + "]";

        List<Ratios.Score> scores = Ratios.parse(json);

        assertThat(scores).extracting(Ratios.Score::benchmark).startsWith(
                "CascadeBenchmark.cascade:communes=415:input=ndjson", "CascadeBenchmark.cascade:communes=3321:input=ndjson");
        Map<String, Double> ratios = Ratios.ratios(scores);
        assertThat(ratios).containsOnlyKeys("cascade_ndjson_per_plan_nation_vs_eighth", "cascade_nation_ndjson_vs_10s",
                "cascade_ndjson_vs_tokens", "cascade_folder_per_plan_nation_vs_eighth", "cascade_nation_folder_vs_12s",
                "cascade_folder_vs_tokens");
        assertThat(ratios.get("cascade_ndjson_per_plan_nation_vs_eighth"))
                .isCloseTo((16_000.0 / 102_986) / (2_000.0 / 12_900), within(1e-9));
        assertThat(ratios.get("cascade_nation_ndjson_vs_10s")).isCloseTo(1.6, within(1e-9));
        assertThat(ratios.get("cascade_ndjson_vs_tokens")).isCloseTo(2.0, within(1e-9));
        assertThat(ratios.get("cascade_nation_folder_vs_12s")).isCloseTo(1.5, within(1e-9));
        assertThat(ratios.get("cascade_folder_vs_tokens")).isCloseTo(3.0, within(1e-9));
        assertThat(Ratios.lines(scores)).contains(
                "# CascadeBenchmark.cascade:communes=3321:input=ndjson: 102986 plans, 6437 plans/s",
                "ratio cascade_ndjson_per_plan_nation_vs_eighth 1.00", "ratio cascade_nation_ndjson_vs_10s 1.60",
                "ratio cascade_ndjson_vs_tokens 2.00", "ratio cascade_folder_vs_tokens 3.00");
    }

    @Test
    void ratios_ofThePlanCost_giveTheBytesAllocatedOverTheTarget() throws Exception {
        String json = "[" + result("PlanCostBenchmark.readValidateComply", "avgt", 300.0, 10.0).replace(
                "\"secondaryMetrics\" : {\n", "\"secondaryMetrics\" : {\n \"gc.alloc.rate.norm\" : { \"score\" : 184320.0,"
                        + " \"scoreUnit\" : \"B/op\" }\n") + ","
                + result("PlanCostBenchmark.validate", "avgt", 90.0, 1.0) + ","
                + result("PlanCostBenchmark.comply", "avgt", 30.0, 1.0) + ","
                + result("PlanCostBenchmark.complyShared", "avgt", 27.0, 1.0) + "]";

        List<Ratios.Score> scores = Ratios.parse(json);

        assertThat(scores.get(0).allocated()).isEqualTo(184_320.0);
        assertThat(scores.get(1).allocated()).isNaN();
        assertThat(Ratios.ratios(scores)).containsOnlyKeys("allocated_per_plan_vs_120kb", "plan_comply_vs_validate",
                "plan_comply_shared_vs_validate");
        assertThat(Ratios.ratios(scores).get("allocated_per_plan_vs_120kb")).isCloseTo(1.5, within(1e-9));
        assertThat(Ratios.lines(scores)).contains(
                "# PlanCostBenchmark.readValidateComply 300.000 ± 10.000 us/op, 184320 B/op allocated",
                "ratio plan_comply_vs_validate 0.33", "ratio plan_comply_shared_vs_validate 0.30");
    }

    @Test
    void median_ofOddAndEvenCounts() {
        assertThat(Ratios.median(List.of(900L, 700L, 800L))).isEqualTo(800.0);
        assertThat(Ratios.median(List.of(900L, 700L, 800L, 1_000L))).isEqualTo(850.0);
    }

    private static String cascade(String method, int communes, String input, double milliseconds) {
        return result("CascadeBenchmark." + method, "ss", milliseconds, Double.NaN)
                .replace("\"us/op\"", "\"ms/op\"").replace("NaN", "\"NaN\"")
                .replace("\"primaryMetric\"", "\"params\" : { \"communes\" : \"" + communes + "\", \"input\" : \""
                        + input + "\" },\n                    \"primaryMetric\"");
    }

    @Test
    void parse_rejectsWhatIsNotAResult() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ratios.parse("{\"benchmark\": \"x\"}"))
                .withMessage("Not a JMH JSON result: expected an array of benchmarks");
    }

    @Test
    void run_fromFile_printsScoresThenRatios(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("result.json"), RESULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = Ratios.run(new String[] {"--from", file.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "# ReadBenchmark.jackson 100.000 ± 2.500 us/op",
                "# ReadBenchmark.ours 130.000 ± 3.250 us/op",
                "# ReadValidateBenchmark.jackson 100.000 ± 1.000 us/op",
                "# ReadValidateBenchmark.ours 180.000 ± 4.000 us/op",
                "# ValidateBenchmark.hibernate 20.000 ± 0.500 us/op",
                "# ValidateBenchmark.ours 50.000 ± 0.500 us/op",
                "# WriteBenchmark.jackson 40.000 ± 0.100 us/op",
                "# WriteBenchmark.ours 44.000 ± 0.100 us/op",
                "# ComplianceBenchmark.ours 30.000 ± 0.200 us/op",
                "# ComplianceBenchmark.validate 60.000 ± 0.300 us/op",
                "ratio read_vs_jackson 1.30",
                "ratio read_validate_vs_jackson_read 1.80",
                "ratio validate_vs_hibernate 2.50",
                "ratio write_vs_jackson 1.10",
                "ratio compliance_vs_validate 0.50");
    }

    @Test
    void run_rejectsAnUnknownOption() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = Ratios.run(new String[] {"--slow"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("usage: Ratios [--quick] [--from FILE] [REGEX]\n");
    }

    /** One element of the array JMH writes, complete with the members Ratios does not read. */
    private static String result(String benchmark, String mode, double score, double error) {
        return """
                {
                    "jmhVersion" : "1.37",
                    "benchmark" : "vn.campaign.bench.%1$s",
                    "mode" : "%2$s",
                    "threads" : 1,
                    "forks" : 1,
                    "jvm" : "/usr/lib/jvm/java-17-openjdk-amd64/bin/java",
                    "jvmArgs" : [
                        "-Xmx256m"
                    ],
                    "jdkVersion" : "17.0.15",
                    "vmName" : "OpenJDK 64-Bit Server VM",
                    "vmVersion" : "17.0.15+6-Debian-1deb12u1",
                    "warmupIterations" : 5,
                    "warmupTime" : "1 s",
                    "warmupBatchSize" : 1,
                    "measurementIterations" : 5,
                    "measurementTime" : "1 s",
                    "measurementBatchSize" : 1,
                    "primaryMetric" : {
                        "score" : %3$s,
                        "scoreError" : %4$s,
                        "scoreConfidence" : [
                            %5$s,
                            %6$s
                        ],
                        "scorePercentiles" : {
                            "0.0" : %5$s,
                            "50.0" : %3$s,
                            "100.0" : %6$s
                        },
                        "scoreUnit" : "us/op",
                        "rawData" : [
                            [
                                %5$s,
                                %3$s,
                                %6$s
                            ]
                        ]
                    },
                    "secondaryMetrics" : {
                    }
                }""".formatted(benchmark, mode, score, error, score - error, score + error);
    }
}
