package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.campaign.validation.PlanValidator;

/**
 * One shared {@link PlanJson} and one shared {@link PlanValidator}, used from many threads at once,
 * give every thread the results one thread gets: the same plans, the same bytes written, the same
 * reports and the same failures. Bounded: a fixed number of documents, a few seconds at most.
 */
class ConcurrencyTest {

    private static final PlanJson JSON = PlanJson.create();
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final int THREADS = 8;
    private static final int ROUNDS = 6;

    /** What one thread sees of one document: the report or the failure, and the bytes written back. */
    private static String outcome(byte[] document) {
        try {
            var plan = JSON.read(document);
            return VALIDATOR.validate(plan) + "\n" + new String(JSON.writeBytes(plan), java.nio.charset.StandardCharsets.UTF_8);
        } catch (PlanReadException e) {
            return e.getMessage() + " [" + e.code() + "]";
        }
    }

    private static String streamOutcome(byte[] ndjson) {
        try (Stream<PlanEntry> entries = JSON.readAll(new ByteArrayInputStream(ndjson), BulkFormat.NDJSON)) {
            return entries.map(entry -> entry.index() + ":" + entry.plan().map(VALIDATOR::validate).map(Object::toString)
                    .orElseGet(() -> entry.failure().orElseThrow().getMessage())).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void sharedReaderAndValidator_giveEveryThreadTheSingleThreadedResults() throws Exception {
        List<byte[]> documents = new ArrayList<>();
        documents.add(JSON.writeBytes(SamplePlans.konRay()));
        documents.add(JSON.writeBytes(SamplePlans.minimal()));
        Random random = new Random(17);
        for (int i = 0; i < 12; i++) {
            documents.add(PlanPropertiesTest.damaged(random));
            documents.add(JSON.writeBytes(RandomPlans.plan(random)));
        }
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            ndjson.append(new com.fasterxml.jackson.databind.ObjectMapper().readTree(documents.get(i % 2)).toString())
                    .append(i % 5 == 0 ? "{]" : "").append('\n');
        }
        byte[] stream = ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<String> expected = documents.stream().map(ConcurrencyTest::outcome).collect(Collectors.toList());
        String expectedStream = streamOutcome(stream);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<Boolean> job = () -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < documents.size(); i++) {
                            int at = (i + offset * 7 + round) % documents.size();
                            if (!outcome(documents.get(at)).equals(expected.get(at))) {
                                return false;
                            }
                        }
                        if (!streamOutcome(stream).equals(expectedStream)) {
                            return false;
                        }
                    }
                    return true;
                };
                results.add(pool.submit(job));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).as("a thread saw what one thread did not").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).anyMatch(outcome -> outcome.endsWith("]")).anyMatch(outcome -> outcome.contains("\n{"));
        // The documents mix plans read and refused, and the stream has broken lines: both paths ran.
        assertThat(expectedStream).contains("line 1, column").contains("19:");
    }
}
