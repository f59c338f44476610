package vn.campaign.cascade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.campaign.io.PlanJson;
import vn.campaign.io.PlanEntry;
import vn.campaign.cascade.Cascade;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.PlanSet;
import vn.campaign.validation.PlanValidator;
import vn.campaign.finding.Severity;
import vn.campaign.validation.ValidationReport;

/**
 * Reads, validates and checks the compliance of many plans, such as a national cascade of a hundred
 * thousand, on all cores and in little memory, and hands the results to a consumer one plan at a
 * time, in input order.
 *
 * <p>The input is a folder (its {@code *.json} files in name order), a list of files, or one file of
 * many plans (NDJSON or a JSON array). For the compliance check the plans must come in <em>cascade
 * order</em>, each after its parent and every plan's descendants right after it (see
 * {@link Cascade}); the files {@code campaign-cli generate} writes are named so that name order is
 * cascade order. Only the ancestors of the current plan and the plans in flight are held: memory does
 * not grow with the number of plans.
 *
 * <p>Plans are read and validated on worker threads, a few dozen ahead of the consumer; the
 * compliance check of each then runs on a worker too, against the parent found in cascade order. A
 * document of an NDJSON file is cut out of the file on the calling thread and parsed on a worker.
 *
 * <pre>{@code
 * CascadeCheck check = CascadeCheck.builder().build();
 * CascadeCheck.Summary summary = check.run(Path.of("national"), result -> {
 *     if (result.hasErrors()) System.out.println(result.name());
 * });
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code run} starts its own worker threads and stops them
 * before it returns.
 *
 * @since 0.1
 */
public final class CascadeCheck {

    private final PlanJson json;
    private final Optional<PlanValidator> validator;
    private final Optional<ComplianceChecker> checker;
    private final PlanSet supportLevels;
    private final int threads;

    private CascadeCheck(Builder builder) {
        this.json = builder.json;
        this.validator = builder.validate
                ? Optional.of(builder.validator != null ? builder.validator : PlanValidator.create())
                : Optional.empty();
        this.checker = builder.check
                ? Optional.of(builder.checker != null ? builder.checker : ComplianceChecker.create())
                : Optional.empty();
        this.supportLevels = builder.supportLevels;
        this.threads = builder.threads;
    }

    /**
     * Returns a builder: the default reader, a new validator and the built-in compliance rules, as
     * many workers as there are processors.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What came of one plan: why it could not be read, or its reports.
     *
     * @param name the file's path as given, or for a document of a stream the file and its index
     *     ({@code plans.ndjson[3]}); not null
     * @param validation the validation report, present when the plan was read and validation is on
     * @param compliance the compliance report, present when the plan was read and the check is on
     * @param failure why the plan could not be read; present exactly when no report is
     */
    public record Result(String name, Optional<ValidationReport> validation, Optional<ComplianceReport> compliance,
            Optional<IOException> failure) {

        /**
         * Checks the members.
         *
         * @throws NullPointerException if a member is null
         */
        public Result {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(validation, "validation");
            Objects.requireNonNull(compliance, "compliance");
            Objects.requireNonNull(failure, "failure");
        }

        /**
         * Returns whether the plan could not be read or has an ERROR finding in either report.
         *
         * @return true if the plan failed
         */
        public boolean hasErrors() {
            return failure.isPresent() || validation.map(ValidationReport::hasErrors).orElse(false)
                    || compliance.map(ComplianceReport::hasErrors).orElse(false);
        }

        /**
         * Returns the number of findings of a severity in both reports.
         *
         * @param severity the severity, not null
         * @return the count, at least 0
         */
        public int count(Severity severity) {
            Objects.requireNonNull(severity, "severity");
            return validation.map(report -> report.count(severity)).orElse(0)
                    + compliance.map(report -> report.count(severity)).orElse(0);
        }
    }

    /**
     * The totals of a run.
     *
     * @param plans the plans read
     * @param unreadable the documents that could not be read
     * @param errors the ERROR findings of both checks
     * @param warnings the WARNING findings
     * @param infos the INFO findings
     */
    public record Summary(long plans, long unreadable, long errors, long warnings, long infos) {
    }

    /**
     * Runs over a folder's plan files in name order, or over the plans of one file: a plan, or many
     * (NDJSON, or a JSON array).
     *
     * @param input the folder or file, not null
     * @param sink takes each result, in input order, on the calling thread; not null
     * @return the totals, never null
     * @throws IOException if the folder cannot be listed; an unreadable plan is a result, not this
     */
    public Summary run(Path input, Consumer<? super Result> sink) throws IOException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sink, "sink");
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(input)) {
                files = list.filter(file -> file.getFileName().toString().endsWith(".json"))
                        .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            }
            return run(files, sink);
        }
        if (!PlanJson.holdsManyPlans(input)) {
            return run(List.of(input), sink);
        }
        try (InputStream in = Files.newInputStream(input)) {
            Iterator<Callable<PlanEntry>> documents = json.documents(in);
            String file = input.toString();
            return execute(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return documents.hasNext();
                }

                @Override
                public Callable<Read> next() {
                    Callable<PlanEntry> document = documents.next();
                    return () -> {
                        PlanEntry entry = document.call();
                        String name = file + "[" + entry.index() + "]";
                        return entry.failure().isPresent() ? Read.failed(name, entry.failure().get())
                                : Read.of(new NamedPlan(name, entry.plan().orElseThrow()));
                    };
                }
            }, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Runs over plan files, one plan each, in the order given.
     *
     * @param files the files, not null, no null element
     * @param sink takes each result, in input order, on the calling thread; not null
     * @return the totals, never null
     */
    public Summary run(List<Path> files, Consumer<? super Result> sink) {
        List<Path> copy = List.copyOf(files);
        Objects.requireNonNull(sink, "sink");
        Iterator<Path> paths = copy.iterator();
        return execute(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public Callable<Read> next() {
                Path file = paths.next();
                return () -> {
                    try {
                        return Read.of(new NamedPlan(file.toString(), json.read(file)));
                    } catch (IOException e) {
                        return Read.failed(file.toString(), e);
                    }
                };
            }
        }, sink);
    }

    /** A plan read and validated on a worker, or why it could not be read. */
    private record Read(String name, Optional<NamedPlan> plan, Optional<ValidationReport> validation,
            Optional<IOException> failure) {

        static Read of(NamedPlan plan) {
            return new Read(plan.file(), Optional.of(plan), Optional.empty(), Optional.empty());
        }

        static Read failed(String name, IOException failure) {
            return new Read(name, Optional.empty(), Optional.empty(), Optional.of(failure));
        }
    }

    private Summary execute(Iterator<Callable<Read>> reads, Consumer<? super Result> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        // Enough work in flight to keep every worker busy while the caller waits for the oldest.
        int window = threads * 8;
        ArrayDeque<Future<Read>> reading = new ArrayDeque<>(window);
        ArrayDeque<Future<Result>> checking = new ArrayDeque<>(window);
        Cascade cascade = Cascade.withSupportLevelsOf(supportLevels);
        long[] totals = new long[5];
        try {
            while (true) {
                while (reading.size() < window && reads.hasNext()) {
                    Callable<Read> read = reads.next();
                    reading.add(pool.submit(() -> validated(read.call())));
                }
                if (reading.isEmpty()) {
                    break;
                }
                Read read = await(reading.poll());
                checking.add(read.failure().isPresent()
                        ? CompletableFuture.completedFuture(new Result(read.name(), Optional.empty(),
                                Optional.empty(), read.failure()))
                        : check(read, cascade, pool));
                while (checking.size() >= window || !checking.isEmpty() && checking.peek().isDone()) {
                    emit(await(checking.poll()), sink, totals);
                }
            }
            while (!checking.isEmpty()) {
                emit(await(checking.poll()), sink, totals);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(totals[0], totals[1], totals[2], totals[3], totals[4]);
    }

    private Read validated(Read read) {
        if (read.failure().isPresent() || validator.isEmpty()) {
            return read;
        }
        NamedPlan plan = read.plan().orElseThrow();
        return new Read(read.name(), read.plan(), Optional.of(validator.get().validate(plan.plan())),
                Optional.empty());
    }

    private Future<Result> check(Read read, Cascade cascade, ExecutorService pool) {
        if (checker.isEmpty()) {
            return CompletableFuture.completedFuture(new Result(read.name(), read.validation(), Optional.empty(),
                    Optional.empty()));
        }
        // The cascade is followed here, in input order; the check itself runs on a worker.
        NamedPlan plan = read.plan().orElseThrow();
        PlanSet set = cascade.next(plan);
        return pool.submit(() -> new Result(read.name(), read.validation(), Optional.of(checker.get().check(plan, set, cascade.views())),
                Optional.empty()));
    }

    private static void emit(Result result, Consumer<? super Result> sink, long[] totals) {
        totals[result.failure().isPresent() ? 1 : 0]++;
        totals[2] += result.count(Severity.ERROR);
        totals[3] += result.count(Severity.WARNING);
        totals[4] += result.count(Severity.INFO);
        sink.accept(result);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking plans", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException("A plan check failed", cause);
        }
    }

    /** Daemon workers with names, so that a thread dump says what they are. */
    private static final class Workers implements ThreadFactory {
        private static final AtomicInteger RUNS = new AtomicInteger();
        private final int run = RUNS.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "campaign-cascade-" + run + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /**
     * Builds a {@link CascadeCheck}. Not thread-safe.
     */
    public static final class Builder {

        private PlanJson json = PlanJson.create();
        private PlanValidator validator;
        private boolean validate = true;
        private ComplianceChecker checker;
        private boolean check = true;
        private PlanSet supportLevels = PlanSet.of();
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * Sets the reader.
         *
         * @param value the reader, not null; default {@link PlanJson#create()}
         * @return this builder
         */
        public Builder json(PlanJson value) {
            this.json = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the validator, and turns validation on.
         *
         * @param value the validator, not null; default a new one, built once per check
         * @return this builder
         */
        public Builder validator(PlanValidator value) {
            this.validator = Objects.requireNonNull(value, "value");
            this.validate = true;
            return this;
        }

        /**
         * Turns validation off: results have no validation report.
         *
         * @return this builder
         */
        public Builder withoutValidation() {
            this.validate = false;
            return this;
        }

        /**
         * Sets the compliance checker, and turns the check on.
         *
         * @param value the checker, not null; default {@link ComplianceChecker#create()}
         * @return this builder
         */
        public Builder checker(ComplianceChecker value) {
            this.checker = Objects.requireNonNull(value, "value");
            this.check = true;
            return this;
        }

        /**
         * Turns the compliance check off: results have no compliance report, and the plans may come
         * in any order.
         *
         * @return this builder
         */
        public Builder withoutCompliance() {
            this.check = false;
            return this;
        }

        /**
         * Sets the province support levels the compliance check applies.
         *
         * @param value a plan set whose support levels to use (its plans are ignored), not null;
         *     default none, as from {@link PlanSets#supportLevels(Path)}
         * @return this builder
         */
        public Builder supportLevels(PlanSet value) {
            this.supportLevels = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the number of worker threads.
         *
         * @param value 1 or more; default the number of processors
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * Builds the check; creates the validator here if none was set.
         *
         * @return the check, never null
         */
        public CascadeCheck build() {
            return new CascadeCheck(this);
        }
    }
}
