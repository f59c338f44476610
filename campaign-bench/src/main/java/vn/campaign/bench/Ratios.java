package vn.campaign.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import vn.campaign.examples.CascadeGenerator;

/**
 * Runs the benchmarks and prints each comparison as one ratio, ours ÷ baseline of the average time,
 * so that a target such as "read at most 1.3 times raw Jackson" is one number to check.
 *
 * <pre>
 * java -cp campaign-bench/target/benchmarks.jar vn.campaign.bench.Ratios [--quick] [--from FILE] [REGEX]
 * </pre>
 *
 * <ul>
 *   <li>{@code REGEX}: JMH's include pattern; every benchmark of this package by default.
 *   <li>{@code --quick}: 2 warm-up and 3 measurement iterations of 500 ms each, one fork, and the
 *       cascade at its smaller size only; a check that everything runs and a rough ratio, in a few
 *       minutes on two cores.
 *   <li>{@code --from FILE}: reads a JMH JSON result ({@code -rf json}) instead of running.
 * </ul>
 *
 * <p>Every benchmark runs with JMH's GC profiler, so each line gives the bytes allocated per
 * operation too, a figure the load of the machine does not disturb. The output is one line per
 * benchmark, {@code # NAME SCORE ± ERROR UNIT[, BYTES B/op allocated]}, then one line per ratio
 * whose two benchmarks were run, {@code ratio NAME VALUE}, the value with two decimals. A run always
 * goes through a JMH JSON file too, so both ways share one parser. Besides ours ÷ baseline:
 * {@code allocated_per_plan_vs_120kb} (the bytes a generated plan costs to read, validate and check,
 * over the 120 KB target); for each input of the cascade ({@code ndjson}, {@code folder}),
 * {@code cascade_INPUT_per_plan_nation_vs_eighth} (the cost of a plan in the whole nation over its
 * cost in one eighth: 1 is linear), {@code cascade_nation_INPUT_vs_Ns} (the nation's time over its
 * target, 10 s from NDJSON, 12 s from a folder) and {@code cascade_INPUT_vs_tokens} (the nation's
 * time over a raw Jackson token pass over the same input on the same cores; {@code _eighth} when
 * only the smaller size ran); a full run without {@code --from} also starts {@link FirstPlan} in
 * five fresh JVMs and gives {@code first_plan_vs_1s} (the median time from JVM start to the first
 * plan validated, over 1 s). Below 1 meets a target, except the ratios to a baseline.
 */
public final class Ratios {

    /** Every benchmark of this package. */
    private static final String ALL = "vn\\.campaign\\.bench\\..*Benchmark\\.";

    /** The ratios, in the order they are printed. */
    private static final List<Ratio> RATIOS = List.of(
            new Ratio("read_vs_jackson", "ReadBenchmark.ours", "ReadBenchmark.jackson"),
            new Ratio("read_validate_vs_jackson_read", "ReadValidateBenchmark.ours", "ReadValidateBenchmark.jackson"),
            new Ratio("validate_vs_hibernate", "ValidateBenchmark.ours", "ValidateBenchmark.hibernate"),
            new Ratio("write_vs_jackson", "WriteBenchmark.ours", "WriteBenchmark.jackson"),
            new Ratio("compliance_vs_validate", "ComplianceBenchmark.ours", "ComplianceBenchmark.validate"),
            new Ratio("plan_read_vs_jackson", "PlanCostBenchmark.read", "PlanCostBenchmark.jackson"),
            new Ratio("plan_comply_vs_validate", "PlanCostBenchmark.comply", "PlanCostBenchmark.validate"),
            // In a cascade the parent's view is shared by its children: this is a plan's own cost there.
            new Ratio("plan_comply_shared_vs_validate", "PlanCostBenchmark.complyShared", "PlanCostBenchmark.validate"));

    /** The benchmark whose bytes allocated per operation are the figure of the target of 120 KB a plan. */
    private static final String PLAN_COST = "PlanCostBenchmark.readValidateComply";

    /** The target of bytes allocated per plan: 120 KB. */
    private static final double BYTES_PER_PLAN_TARGET = 120 * 1024;

    /** The two inputs of the cascade, and the target of the nation's pass from each, in seconds. */
    private static final Map<String, Integer> CASCADE_TARGETS = Map.of("ndjson", 10, "folder", 12);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many fresh JVMs measure the time to the first plan validated; the median is the figure. */
    private static final int FIRST_PLAN_RUNS = 5;

    /** The cascade benchmark's class. */
    private static final String CASCADE = "CascadeBenchmark.";

    /** One eighth of the communes: the smaller size of the cascade benchmark. */
    private static final int EIGHTH = 415;

    private Ratios() {
    }

    /**
     * One benchmark's result in average-time mode.
     *
     * @param benchmark the class and method, {@code ReadBenchmark.ours}; not null
     * @param score the average time per operation
     * @param error the half-width of the 99.9% confidence interval, NaN when JMH gives none
     * @param unit the unit of both, {@code us/op}; not null
     * @param allocated the bytes allocated per operation ({@code -prof gc}), NaN when not measured
     */
    public record Score(String benchmark, double score, double error, String unit, double allocated) {

        /** Checks that nothing is null. */
        public Score {
            Objects.requireNonNull(benchmark, "benchmark");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A ratio: the time of {@code ours} divided by the time of {@code baseline}. */
    private record Ratio(String name, String ours, String baseline) {
    }

    /**
     * Runs the benchmarks, or reads their results, and prints the scores and ratios.
     *
     * @param args {@code [--quick] [--from FILE] [REGEX]}
     * @throws IOException if the result file cannot be read or is not a JMH JSON result
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws IOException, RunnerException {
        int status = run(args, System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Does the work of {@link #main(String[])}, printing to a given stream.
     *
     * @param args the arguments of {@code main}, not null
     * @param out where the score and ratio lines go, not null
     * @return 0, or 2 for arguments that are not understood (a usage line is printed)
     * @throws IOException if the result file cannot be read or is not a JMH JSON result
     * @throws RunnerException if JMH fails
     */
    static int run(String[] args, PrintStream out) throws IOException, RunnerException {
        boolean quick = false;
        Path from = null;
        String include = ALL;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("--from") && i + 1 < args.length) {
                from = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                out.println("usage: Ratios [--quick] [--from FILE] [REGEX]");
                return 2;
            } else {
                include = args[i];
            }
        }
        String json = from != null ? Files.readString(from) : runBenchmarks(include, quick);
        lines(parse(json)).forEach(out::println);
        if (from == null && include.equals(ALL)) {
            List<Long> times = firstPlanTimes(FIRST_PLAN_RUNS);
            out.println("# FirstPlan ms: " + times);
            out.println(String.format(Locale.ROOT, "ratio first_plan_vs_1s %.2f", median(times) / 1000.0));
        }
        return 0;
    }

    /**
     * Runs {@link FirstPlan} in fresh JVMs, with this JVM's {@code java} and class path, and returns
     * the milliseconds each took from its start to its first plan validated.
     */
    static List<Long> firstPlanTimes(int runs) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    FirstPlan.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (process.waitFor() != 0 || !output.startsWith("first-plan ")) {
                    throw new IOException("FirstPlan failed: " + output);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", e);
            }
            times.add(Long.parseLong(output.split(" ")[1].trim()));
        }
        return times;
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Runs JMH and returns its JSON result. */
    private static String runBenchmarks(String include, boolean quick) throws IOException, RunnerException {
        Path result = Files.createTempFile("campaign-bench-", ".json");
        try {
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(include)
                    .addProfiler(GCProfiler.class)
                    .resultFormat(ResultFormatType.JSON)
                    .result(result.toString());
            if (quick) {
                options.forks(1)
                        .warmupIterations(2)
                        .warmupTime(TimeValue.milliseconds(500))
                        .measurementIterations(3)
                        .measurementTime(TimeValue.milliseconds(500))
                        .param("communes", Integer.toString(EIGHTH));
            }
            new Runner(options.build()).run();
            return Files.readString(result);
        } finally {
            Files.deleteIfExists(result);
        }
    }

    /**
     * Reads the scores of a JMH JSON result. Only average-time results are accepted: a ratio of
     * throughputs would read the wrong way round.
     *
     * @param json the text JMH writes with {@code -rf json}, not null
     * @return the scores in the order of the file, never null
     * @throws IOException if the text is not JSON
     * @throws IllegalArgumentException if it is not a JMH result of average times
     */
    static List<Score> parse(String json) throws IOException {
        JsonNode results = JSON.readTree(Objects.requireNonNull(json, "json"));
        if (results == null || !results.isArray()) {
            throw new IllegalArgumentException("Not a JMH JSON result: expected an array of benchmarks");
        }
        List<Score> scores = new ArrayList<>();
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asText();
            String mode = result.path("mode").asText();
            if (!mode.equals("avgt") && !mode.equals("ss")) {
                throw new IllegalArgumentException("The benchmark " + benchmark + " ran in mode \"" + mode
                        + "\"; ratios need times per operation (avgt or ss)");
            }
            JsonNode metric = result.path("primaryMetric");
            if (!metric.path("score").isNumber()) {
                throw new IllegalArgumentException("The benchmark " + benchmark + " has no primaryMetric.score");
            }
            JsonNode error = metric.path("scoreError");
            StringBuilder name = new StringBuilder(shortName(benchmark));
            for (Map.Entry<String, JsonNode> param : result.path("params").properties()) {
                name.append(':').append(param.getKey()).append('=').append(param.getValue().asText());
            }
            double allocated = Double.NaN;
            for (Map.Entry<String, JsonNode> secondary : result.path("secondaryMetrics").properties()) {
                if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                    allocated = secondary.getValue().path("score").asDouble(Double.NaN);
                }
            }
            scores.add(new Score(name.toString(), metric.path("score").asDouble(),
                    error.isNumber() ? error.asDouble() : Double.NaN, metric.path("scoreUnit").asText(), allocated));
        }
        return scores;
    }

    /**
     * Computes the ratios whose two benchmarks are among the scores: ours ÷ baseline.
     *
     * @param scores the scores, not null
     * @return ratio name to value, in the fixed order of the ratios, never null
     * @throws IllegalArgumentException if the two scores of a ratio are in different units
     */
    static Map<String, Double> ratios(List<Score> scores) {
        Map<String, Score> byName = new LinkedHashMap<>();
        for (Score score : scores) {
            byName.put(score.benchmark(), score);
        }
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (Ratio ratio : RATIOS) {
            Score ours = byName.get(ratio.ours());
            Score baseline = byName.get(ratio.baseline());
            if (ours != null && baseline != null) {
                if (!ours.unit().equals(baseline.unit())) {
                    throw new IllegalArgumentException("Cannot divide " + ours.unit() + " by " + baseline.unit()
                            + " for " + ratio.name());
                }
                ratios.put(ratio.name(), ours.score() / baseline.score());
            }
        }
        Score planCost = byName.get(PLAN_COST);
        if (planCost != null && !Double.isNaN(planCost.allocated())) {
            ratios.put("allocated_per_plan_vs_120kb", planCost.allocated() / BYTES_PER_PLAN_TARGET);
        }
        for (String input : List.of("ndjson", "folder")) {
            Score eighth = find(scores, "cascade", EIGHTH, input);
            Score nation = find(scores, "cascade", CascadeGenerator.COMMUNES, input);
            if (eighth != null && nation != null && eighth.unit().equals(nation.unit())) {
                // Linear growth gives 1: the cost of a plan does not depend on how many there are.
                ratios.put("cascade_" + input + "_per_plan_nation_vs_eighth",
                        (nation.score() / plans(nation)) / (eighth.score() / plans(eighth)));
            }
            if (nation != null && nation.unit().equals("ms/op")) {
                int target = CASCADE_TARGETS.get(input);
                ratios.put("cascade_nation_" + input + "_vs_" + target + "s", nation.score() / (target * 1000.0));
            }
            for (int communes : new int[] {CascadeGenerator.COMMUNES, EIGHTH}) {
                Score ours = find(scores, "cascade", communes, input);
                Score tokens = find(scores, "tokens", communes, input);
                if (ours != null && tokens != null && ours.unit().equals(tokens.unit())) {
                    ratios.put("cascade_" + input + "_vs_tokens" + (communes == EIGHTH ? "_eighth" : ""),
                            ours.score() / tokens.score());
                }
            }
        }
        return ratios;
    }

    /**
     * Returns the printed lines: one per score, {@code # NAME SCORE ± ERROR UNIT}, then one per
     * ratio, {@code ratio NAME VALUE}.
     *
     * @param scores the scores, not null
     * @return the lines, never null
     */
    static List<String> lines(List<Score> scores) {
        List<String> lines = new ArrayList<>();
        for (Score score : scores) {
            lines.add(String.format(Locale.ROOT, "# %s %.3f ± %.3f %s", score.benchmark(), score.score(),
                    score.error(), score.unit())
                    + (Double.isNaN(score.allocated()) ? "" : String.format(Locale.ROOT, ", %.0f B/op allocated",
                            score.allocated())));
        }
        for (Score score : scores) {
            if (score.benchmark().startsWith(CASCADE + "cascade:") && score.unit().equals("ms/op")) {
                long plans = plans(score);
                lines.add(String.format(Locale.ROOT, "# %s: %d plans, %.0f plans/s", score.benchmark(), plans,
                        plans / (score.score() / 1000)));
            }
        }
        ratios(scores).forEach((name, value) -> lines.add(String.format(Locale.ROOT, "ratio %s %.2f", name, value)));
        return lines;
    }

    /** The score of a method of the cascade benchmark at a size and from an input, or null. */
    private static Score find(List<Score> scores, String method, int communes, String input) {
        return scores.stream().filter(score -> score.benchmark().startsWith(CASCADE + method + ":")
                && param(score, "communes").equals(Integer.toString(communes))
                && param(score, "input").equals(input)).findFirst().orElse(null);
    }

    /** A parameter of a score's name ({@code NAME:KEY=VALUE:KEY=VALUE}), or "" if it has none. */
    private static String param(Score score, String key) {
        for (String part : score.benchmark().split(":")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return "";
    }

    /** The number of plans of a cascade benchmark, from its communes parameter. */
    private static long plans(Score cascade) {
        int communes = Integer.parseInt(param(cascade, "communes"));
        return CascadeGenerator.builder().communes(communes).build().size();
    }

    /** {@code vn.campaign.bench.ReadBenchmark.ours} → {@code ReadBenchmark.ours}. */
    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }
}
