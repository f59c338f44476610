package vn.campaign.architecture.planted.render;

import vn.campaign.architecture.planted.internal.PlantedText;

/** A render class that uses an internal class of the core: breaks "internal packages stay in their module". */
public final class PlantedRenderer {

    /** The planted dependency on the core's internals. */
    public PlantedText text;
}
