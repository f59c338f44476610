package vn.campaign.io.internal;

import vn.campaign.io.ReadErrorCode;

/**
 * A read error of the plan format raised by a binding of the reader other than {@code PlanJson}'s
 * (the Jackson 3 module), described as {@code PlanReadException} describes one, so that
 * {@code PlanReadException.find} can give it back as the API's exception. Not part of the API.
 */
public interface ReadProblem {

    /**
     * Returns the stable code.
     *
     * @return the code, never null
     */
    ReadErrorCode errorCode();

    /**
     * Returns what is wrong, one line, without location or code.
     *
     * @return the detail, never null
     */
    String detail();

    /**
     * Returns the line, from 1.
     *
     * @return the line
     */
    int line();

    /**
     * Returns the column in code points, from 1.
     *
     * @return the column
     */
    int column();

    /**
     * Returns the JSON Pointer of the offending value, relative to the value read.
     *
     * @return the pointer, {@code ""} for that value itself, never null
     */
    String pointer();
}
