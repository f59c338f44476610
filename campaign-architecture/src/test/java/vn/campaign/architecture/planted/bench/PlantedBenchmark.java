package vn.campaign.architecture.planted.bench;

import vn.campaign.architecture.planted.io.internal.PlantedParser;

/** A benchmark that uses an internal class of io: breaks "the benchmarks use the public API only". */
public final class PlantedBenchmark {

    /** The planted dependency on io's internals. */
    public PlantedParser parser;
}
