package vn.campaign.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.Text;

/**
 * A document of law this SDK relies on, with its dates as they were found in public sources.
 *
 * <p>Each date is what a source gave: a date no source gave is empty, never guessed. Where a source
 * gave the document that replaced it, {@link #inForceUntil()} is the day before the replacement came
 * into force and {@link #replacedBy()} names it. {@link #verification()} grades how the dates and the
 * replacement were found, and {@link #evidence()} says where the evidence is. The documents are
 * {@link LegalFacts#documents()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the type of the document (a law, a resolution, a decree, a circular); not null, and
 *     the type in the number where the number has one
 * @param number the number and symbol, such as {@code 72/2025/QH15}; not null
 * @param date the date of issue (or of adoption, for the National Assembly); not null
 * @param inForceFrom the first day in force; not null, empty where no source gave it
 * @param inForceUntil the last day in force; not null, empty while in force or where no source gave it
 * @param replacedBy the document that replaced it; not null, empty where none was found
 * @param verification how the dates and the replacement were found; not null
 * @param evidence where the evidence is, such as {@code "docs/legal-sources.md §6"}; not null, not blank
 *
 * @since 0.1
 */
public record LegalDocument(DocumentType type, DocumentNumber number, LocalDate date, Optional<LocalDate> inForceFrom,
        Optional<LocalDate> inForceUntil, Optional<DocumentNumber> replacedBy, Verification verification,
        String evidence) {

    /**
     * Checks the values: the type agrees with the number, and the dates are in order.
     *
     * @throws IllegalArgumentException if the number has another type, the evidence is blank, the
     *     document is in force before its date, or it ends before it starts
     */
    public LegalDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(inForceUntil, "inForceUntil");
        Objects.requireNonNull(replacedBy, "replacedBy");
        Objects.requireNonNull(verification, "verification");
        evidence = Text.text(evidence, "evidence");
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("Document " + number + " needs its evidence");
        }
        if (number.type().isPresent() && !number.type().get().equals(type)) {
            throw new IllegalArgumentException("Document " + number + " is of type " + number.type().get().code()
                    + ", not " + type.code());
        }
        if (inForceFrom.isPresent() && inForceFrom.get().isBefore(date)) {
            throw new IllegalArgumentException("Document " + number + " is in force (" + inForceFrom.get()
                    + ") before its date (" + date + ")");
        }
        LocalDate start = inForceFrom.orElse(date);
        if (inForceUntil.isPresent() && inForceUntil.get().isBefore(start)) {
            throw new IllegalArgumentException("Document " + number + " ends (" + inForceUntil.get()
                    + ") before it starts (" + start + ")");
        }
    }

    /**
     * Returns how the document is cited in Vietnamese: its type and number, such as
     * {@code "Luật 72/2025/QH15"} or {@code "Thông tư 121/2017/TT-BTC"}.
     *
     * @return the citation, never null
     */
    public String citation() {
        return type.label(Language.VI) + " " + number;
    }

    /**
     * Returns whether the sources show the document in force on a day: on or after
     * {@link #inForceFrom()} and not after {@link #inForceUntil()}.
     *
     * @param day the day, not null
     * @return true if in force on that day; false also where no source gave the first day in force
     */
    public boolean isInForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return inForceFrom.map(from -> !day.isBefore(from)).orElse(false)
                && inForceUntil.map(until -> !day.isAfter(until)).orElse(true);
    }

    /**
     * Returns the citation, as {@link #citation()}.
     *
     * @return the citation, never null
     */
    @Override
    public String toString() {
        return citation();
    }
}
