package vn.campaign.architecture.planted.io;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** An io class that uses Apache POI: breaks "campaign-io uses no DOCX or iCalendar library". */
public final class PlantedDocxReader {

    /** The planted dependency on POI. */
    public XWPFDocument document;
}
