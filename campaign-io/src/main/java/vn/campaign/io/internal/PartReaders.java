package vn.campaign.io.internal;

import static vn.campaign.io.internal.ValueReaders.bool;
import static vn.campaign.io.internal.ValueReaders.code;
import static vn.campaign.io.internal.ValueReaders.date;
import static vn.campaign.io.internal.ValueReaders.documentNumber;
import static vn.campaign.io.internal.ValueReaders.documentType;
import static vn.campaign.io.internal.ValueReaders.list;
import static vn.campaign.io.internal.ValueReaders.money;
import static vn.campaign.io.internal.ValueReaders.text;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.AreaStatus;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingItem;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.Integration;
import vn.campaign.model.IntegrationKind;
import vn.campaign.model.Money;
import vn.campaign.model.NotApplicable;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Role;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.TaskLink;

/**
 * Reads the parts of a plan other than its sections and tasks: the small records of the model, each
 * an extensible object whose unknown members are kept. Each method starts with the parser on the
 * object's first token and leaves it on its last; every value goes through the model's
 * constructors, which normalise text and check invariants. Stateless and thread-safe.
 */
final class PartReaders {

    private PartReaders() {
    }

    /** Reads the campaign the plan carries out (extensible). */
    static Campaign campaign(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Campaign.class);
        String name = null;
        while (m.next()) {
            if (m.name.equals("name")) {
                name = text(in);
            } else {
                m.unknown();
            }
        }
        m.require("name", name);
        try {
            return new Campaign(name, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads a campaign or movement the plan is integrated with (extensible). */
    static Integration integration(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Integration.class);
        IntegrationKind kind = null;
        String name = null;
        while (m.next()) {
            switch (m.name) {
                case "kind" -> kind = code(in, IntegrationKind.class);
                case "name" -> name = text(in);
                default -> m.unknown();
            }
        }
        m.require("kind", kind);
        m.require("name", name);
        try {
            return new Integration(kind, name, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads a document the plan rests on or refers to (extensible). */
    static DocumentReference reference(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, DocumentReference.class);
        String id = null;
        ReferenceRelation relation = null;
        DocumentType type = null;
        Optional<DocumentNumber> number = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<String> issuer = Optional.empty();
        Optional<String> issuerId = Optional.empty();
        Optional<String> subject = Optional.empty();
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text(in);
                case "relation" -> relation = code(in, ReferenceRelation.class);
                case "type" -> type = documentType(in);
                case "number" -> number = Optional.of(documentNumber(in));
                case "date" -> date = Optional.of(date(in));
                case "issuer" -> issuer = Optional.of(text(in));
                case "issuerId" -> issuerId = Optional.of(text(in));
                case "subject" -> subject = Optional.of(text(in));
                default -> m.unknown();
            }
        }
        m.require("id", id);
        m.require("relation", relation);
        m.require("type", type);
        try {
            return new DocumentReference(id, relation, type, number, date, issuer, issuerId, subject, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads a link from a task to the parent task it carries out (extensible). */
    static TaskLink taskLink(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, TaskLink.class);
        String referenceId = null;
        String taskId = null;
        while (m.next()) {
            switch (m.name) {
                case "referenceId" -> referenceId = text(in);
                case "taskId" -> taskId = text(in);
                default -> m.unknown();
            }
        }
        m.require("referenceId", referenceId);
        m.require("taskId", taskId);
        try {
            return new TaskLink(referenceId, taskId, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads a declaration that a parent task does not apply (extensible). */
    static NotApplicable notApplicable(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, NotApplicable.class);
        String referenceId = null;
        String taskId = null;
        String reason = null;
        while (m.next()) {
            switch (m.name) {
                case "referenceId" -> referenceId = text(in);
                case "taskId" -> taskId = text(in);
                case "reason" -> reason = text(in);
                default -> m.unknown();
            }
        }
        m.require("referenceId", referenceId);
        m.require("taskId", taskId);
        m.require("reason", reason);
        try {
            return new NotApplicable(referenceId, taskId, reason, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads an assignment of a task to an actor in a role (extensible). */
    static Assignment assignment(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Assignment.class);
        String actorId = null;
        Role role = null;
        while (m.next()) {
            switch (m.name) {
                case "actorId" -> actorId = text(in);
                case "role" -> role = code(in, Role.class);
                default -> m.unknown();
            }
        }
        m.require("actorId", actorId);
        m.require("role", role);
        try {
            return new Assignment(actorId, role, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads the funding of a plan: sources and budget lines (extensible). */
    static Funding funding(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Funding.class);
        List<FundingSource> sources = List.of();
        List<BudgetLine> budgetLines = List.of();
        while (m.next()) {
            switch (m.name) {
                case "sources" -> sources = list(in, PartReaders::fundingSource);
                case "budgetLines" -> budgetLines = list(in, PartReaders::budgetLine);
                default -> m.unknown();
            }
        }
        try {
            return new Funding(sources, budgetLines, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads a source of funding (extensible). */
    static FundingSource fundingSource(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, FundingSource.class);
        String id = null;
        FundingSourceKind kind = null;
        String description = null;
        Optional<String> basisId = Optional.empty();
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text(in);
                case "kind" -> kind = code(in, FundingSourceKind.class);
                case "description" -> description = text(in);
                case "basisId" -> basisId = Optional.of(text(in));
                default -> m.unknown();
            }
        }
        m.require("id", id);
        m.require("kind", kind);
        m.require("description", description);
        try {
            return new FundingSource(id, kind, description, basisId, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads the area status of a budget line's units (closed: no extensions). */
    static AreaStatus areaStatus(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, AreaStatus.class);
        Boolean difficult = null;
        String source = null;
        Optional<LocalDate> date = Optional.empty();
        while (m.next()) {
            switch (m.name) {
                case "difficult" -> difficult = ValueReaders.bool(in);
                case "source" -> source = text(in);
                case "date" -> date = Optional.of(ValueReaders.date(in));
                default -> m.closed("an area status");
            }
        }
        m.require("difficult", difficult);
        m.require("source", source);
        try {
            return new AreaStatus(difficult, source, date);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads a budget line; its amount is a whole number of đồng (extensible). */
    static BudgetLine budgetLine(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, BudgetLine.class);
        String id = null;
        FundingItem item = null;
        String sourceId = null;
        Money amount = null;
        Optional<String> taskId = Optional.empty();
        Optional<String> sectionId = Optional.empty();
        Optional<String> description = Optional.empty();
        int units = 1;
        OptionalInt households = OptionalInt.empty();
        Optional<AreaStatus> area = Optional.empty();
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text(in);
                case "item" -> item = code(in, FundingItem.class);
                case "sourceId" -> sourceId = text(in);
                case "amount" -> amount = money(in);
                case "taskId" -> taskId = Optional.of(text(in));
                case "sectionId" -> sectionId = Optional.of(text(in));
                case "description" -> description = Optional.of(text(in));
                case "units" -> units = ValueReaders.integer(in);
                case "households" -> households = OptionalInt.of(ValueReaders.integer(in));
                case "area" -> area = Optional.of(areaStatus(in));
                default -> m.unknown();
            }
        }
        m.require("id", id);
        m.require("item", item);
        m.require("sourceId", sourceId);
        m.require("amount", amount);
        try {
            return new BudgetLine(id, item, sourceId, amount, taskId, sectionId, description, units, households, area,
                    m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads a recipient of the plan (extensible). */
    static Recipient recipient(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Recipient.class);
        String name = null;
        List<String> actorIds = List.of();
        RecipientPurpose purpose = null;
        while (m.next()) {
            switch (m.name) {
                case "name" -> name = text(in);
                case "actorIds" -> actorIds = list(in, ValueReaders::text);
                case "purpose" -> purpose = code(in, RecipientPurpose.class);
                default -> m.unknown();
            }
        }
        m.require("name", name);
        m.require("purpose", purpose);
        try {
            return new Recipient(name, actorIds, purpose, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads the signature block (extensible). */
    static Signature signature(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Signature.class);
        Optional<SigningAuthority> authority = Optional.empty();
        Optional<String> onBehalfOf = Optional.empty();
        String position = null;
        String signerName = null;
        while (m.next()) {
            switch (m.name) {
                case "authority" -> authority = Optional.of(ValueReaders.signingAuthority(in));
                case "onBehalfOf" -> onBehalfOf = Optional.of(text(in));
                case "position" -> position = text(in);
                case "signerName" -> signerName = text(in);
                default -> m.unknown();
            }
        }
        m.require("position", position);
        m.require("signerName", signerName);
        try {
            return new Signature(authority, onBehalfOf, position, signerName, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads an actor: an organisation, committee or person (extensible). */
    static Actor actor(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Actor.class);
        String id = null;
        ActorKind kind = null;
        Optional<AdministrativeLevel> level = Optional.empty();
        String name = null;
        Optional<String> unit = Optional.empty();
        Optional<String> parentId = Optional.empty();
        Optional<String> symbolCode = Optional.empty();
        boolean plural = false;
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text(in);
                case "kind" -> kind = code(in, ActorKind.class);
                case "level" -> level = Optional.of(code(in, AdministrativeLevel.class));
                case "name" -> name = text(in);
                case "unit" -> unit = Optional.of(text(in));
                case "parentId" -> parentId = Optional.of(text(in));
                case "symbolCode" -> symbolCode = Optional.of(text(in));
                case "plural" -> plural = bool(in);
                default -> m.unknown();
            }
        }
        m.require("id", id);
        m.require("kind", kind);
        m.require("name", name);
        try {
            return new Actor(id, kind, level, name, unit, parentId, symbolCode, plural, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }
}
