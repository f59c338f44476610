package vn.campaign.architecture.planted.model;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A core class that uses Jackson: breaks "campaign-core uses no JSON library". */
public final class PlantedJsonWriter {

    /** The planted dependency on Jackson. */
    public ObjectMapper mapper;
}
