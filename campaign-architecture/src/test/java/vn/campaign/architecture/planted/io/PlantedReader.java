package vn.campaign.architecture.planted.io;

import vn.campaign.architecture.planted.io.internal.PlantedParser;

/** The planted io API, using its own internal package: allowed, but with PlantedParser a cycle. */
public final class PlantedReader {

    /** The dependency on its own implementation. */
    public PlantedParser parser;
}
