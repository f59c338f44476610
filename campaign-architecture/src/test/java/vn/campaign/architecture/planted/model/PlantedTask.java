package vn.campaign.architecture.planted.model;

import vn.campaign.architecture.planted.validation.PlantedSeverity;

/** A model class that names a validation type: breaks "the model knows no checks" and, with PlantedValidator, makes a cycle. */
public final class PlantedTask {

    /** The planted dependency on validation. */
    public PlantedSeverity severity;
}
