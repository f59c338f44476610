package vn.campaign.architecture.planted.validation;

import vn.campaign.architecture.planted.model.PlantedTask;

/** Validation that uses the model, as it should; with PlantedTask it closes the cycle model - validation. */
public final class PlantedValidator {

    /** The natural dependency on the model. */
    public PlantedTask task;
}
