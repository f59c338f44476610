package vn.campaign.architecture.planted.validation;

/** A validation type the planted model names. */
public enum PlantedSeverity {
    /** The only constant. */
    ERROR
}
