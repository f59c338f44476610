package vn.campaign.architecture.planted.io;

/** A public io type that the planted internal parser uses. */
public final class PlantedReadLimits {
}
