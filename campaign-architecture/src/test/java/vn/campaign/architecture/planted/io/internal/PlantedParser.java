package vn.campaign.architecture.planted.io.internal;

import vn.campaign.architecture.planted.io.PlantedReadLimits;

/** The internal twin using its public package back: the cycle io - io.internal. */
public final class PlantedParser {

    /** The planted dependency back on the public package. */
    public PlantedReadLimits limits;
}
