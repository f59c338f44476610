package vn.campaign.architecture.planted.internal;

/** An internal class of the planted core. */
public final class PlantedText {
}
