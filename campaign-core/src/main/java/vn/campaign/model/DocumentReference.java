package vn.campaign.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;

/**
 * A document a plan names: its parent plan, a legal basis, a guidance a task follows, the
 * circular its funding follows, or a document cited in passing.
 *
 * <p>Each part may be absent, as texts often name a document without its number ("Hướng dẫn của Ban
 * Thường trực Ủy ban MTTQ Việt Nam huyện") or date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, unique among the plan's references; not null
 * @param relation how the plan relates to the document; not null
 * @param type the document type; not null
 * @param number the number and symbol; not null, may be empty
 * @param date the date of issue; not null, may be empty
 * @param issuer the issuing body as the plan writes it; not null, may be empty
 * @param issuerId the id of the issuing actor, where the plan lists it; not null, may be empty
 * @param subject the abstract, as written after the issuer ("về …"); not null, may be empty
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record DocumentReference(
        @NotBlankText @PlanId String id,
        ReferenceRelation relation,
        DocumentType type,
        Optional<DocumentNumber> number,
        Optional<LocalDate> date,
        Optional<@NotBlankText String> issuer,
        Optional<String> issuerId,
        Optional<@NotBlankText String> subject,
        Extensions extensions) {

    /** Checks that nothing is null and normalises the text. */
    public DocumentReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        issuer = Text.text(issuer, "issuer");
        Objects.requireNonNull(issuerId, "issuerId");
        subject = Text.text(subject, "subject");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a reference with only its id, relation and type.
     *
     * @param id the id, not null
     * @param relation the relation, not null
     * @param type the document type, not null
     * @return the reference, never null
     */
    public static DocumentReference of(String id, ReferenceRelation relation, DocumentType type) {
        return new DocumentReference(id, relation, type, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Extensions.empty());
    }

    /**
     * Returns a reference to a numbered, dated document; its type is the type in the number.
     *
     * @param id the id, not null
     * @param relation the relation, not null
     * @param number the number and symbol, not null, with a type
     * @param date the date of issue, not null
     * @return the reference, never null
     * @throws IllegalArgumentException if the number has no document type
     */
    public static DocumentReference of(String id, ReferenceRelation relation, DocumentNumber number, LocalDate date) {
        DocumentType type = number.type().orElseThrow(
                () -> new IllegalArgumentException("Document number " + number + " has no type; name the type"));
        return of(id, relation, type).withNumber(number).withDate(date);
    }

    /**
     * Returns this reference with a number.
     *
     * @param newNumber the number and symbol, not null
     * @return a new reference, never null
     */
    public DocumentReference withNumber(DocumentNumber newNumber) {
        return new DocumentReference(id, relation, type, Optional.of(newNumber), date, issuer, issuerId, subject,
                extensions);
    }

    /**
     * Returns this reference with a date.
     *
     * @param newDate the date of issue, not null
     * @return a new reference, never null
     */
    public DocumentReference withDate(LocalDate newDate) {
        return new DocumentReference(id, relation, type, number, Optional.of(newDate), issuer, issuerId, subject,
                extensions);
    }

    /**
     * Returns this reference with its issuer as written and, optionally, the issuing actor.
     *
     * @param newIssuer the issuer as written, not null
     * @param newIssuerId the id of the issuing actor, or null when the plan does not list it
     * @return a new reference, never null
     */
    public DocumentReference withIssuer(String newIssuer, String newIssuerId) {
        return new DocumentReference(id, relation, type, number, date, Optional.of(newIssuer),
                Optional.ofNullable(newIssuerId), subject, extensions);
    }

    /**
     * Returns this reference with a subject.
     *
     * @param newSubject the abstract as written ("về …"), not null
     * @return a new reference, never null
     */
    public DocumentReference withSubject(String newSubject) {
        return new DocumentReference(id, relation, type, number, date, issuer, issuerId, Optional.of(newSubject),
                extensions);
    }

    /**
     * Returns this reference with other extensions.
     *
     * @param newExtensions the extensions, not null
     * @return a new reference, never null
     */
    public DocumentReference withExtensions(Extensions newExtensions) {
        return new DocumentReference(id, relation, type, number, date, issuer, issuerId, subject, newExtensions);
    }
}
