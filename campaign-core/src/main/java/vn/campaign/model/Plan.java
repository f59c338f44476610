package vn.campaign.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;

/**
 * A plan (Kế hoạch) of the Front for one level and one period, usually to carry out a campaign; with
 * its type, also the Front's other working documents built like a plan (guidance, programmes,
 * regulations).
 *
 * <p>The plan holds every element of the document: its identity (type, number and symbol, issuer,
 * place, date, abstract), its period, the campaign it names, if any, and what it is integrated with,
 * the documents it names (its parent plan among them), its numbered sections with their tasks, its
 * funding, the recipients, the signature and the actors it names. Parts a document lacks are empty:
 * the Kon Rẫy plan as we have it has no number and no date of its own.
 *
 * <p>A plan is a value: immutable, thread-safe, equal to another plan with the same content. It may
 * still break the rules of a good plan; {@code PlanValidator} says where.
 *
 * <p>Make a plan with {@link #builder()} (or change one with {@link #toBuilder()}): the builder is
 * the way to make one. The canonical constructor, which a record cannot hide, takes every
 * component at once and changes whenever a component is added.
 *
 * @param type the document type, {@link DocumentType#PLAN} for a plan; not null
 * @param number its own number and symbol; not null, empty when not (yet) numbered
 * @param issuerId the id of the issuing actor, one of {@link #actors()}; not null
 * @param place the place of issue ("Kon Rẫy"); not null, may be empty
 * @param date the date of issue; not null, may be empty
 * @param title the abstract after the type ("triển khai thực hiện Cuộc vận động … năm 2024");
 *     not null
 * @param period the dates the plan covers; not null
 * @param campaign the campaign the plan carries out; not null, empty when the document names none (a
 *     plan for an election, a year's work or a cooperation carries out no campaign)
 * @param integrations campaigns and movements it is integrated with; not null
 * @param references documents it names, its parent plan and legal bases first; not null
 * @param preamble the sentence that opens the plan after its references; not null, may be empty
 * @param sections the numbered sections, in document order; not null
 * @param notApplicable tasks of the parent plan declared not applicable, with reasons; not null
 * @param funding its funding; not null
 * @param recipients the lines of "Nơi nhận"; not null
 * @param signature the signature block; not null, may be empty (a draft)
 * @param closing the closing line ("Trên đây là Kế hoạch …"); not null, may be empty
 * @param actors every body the plan names; not null
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record Plan(
        DocumentType type,
        Optional<DocumentNumber> number,
        String issuerId,
        Optional<@NotBlankText String> place,
        Optional<LocalDate> date,
        @NotBlankText String title,
        DateRange period,
        Optional<@Valid Campaign> campaign,
        List<@Valid Integration> integrations,
        List<@Valid DocumentReference> references,
        Optional<@NotBlankText String> preamble,
        List<@Valid Section> sections,
        List<@Valid NotApplicable> notApplicable,
        @Valid Funding funding,
        List<@Valid Recipient> recipients,
        Optional<@Valid Signature> signature,
        Optional<@NotBlankText String> closing,
        List<@Valid Actor> actors,
        Extensions extensions) {

    /** Checks that nothing is null, normalises the text and copies the lists. */
    public Plan {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuerId, "issuerId");
        place = Text.text(place, "place");
        Objects.requireNonNull(date, "date");
        title = Text.text(title, "title");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(campaign, "campaign");
        integrations = Text.list(integrations, "integrations");
        references = Text.list(references, "references");
        preamble = Text.text(preamble, "preamble");
        sections = Text.list(sections, "sections");
        notApplicable = Text.list(notApplicable, "notApplicable");
        Objects.requireNonNull(funding, "funding");
        recipients = Text.list(recipients, "recipients");
        Objects.requireNonNull(signature, "signature");
        closing = Text.text(closing, "closing");
        actors = Text.list(actors, "actors");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns whether the plan carries out a given campaign: its campaign has the same name but for
     * case, spacing and punctuation ({@link Campaign#isSameAs(Campaign)}). Rules of one campaign (its
     * festival, its funding) ask this before they apply.
     *
     * @param other the campaign, not null
     * @return true if the plan names that campaign; false if it names another or none
     */
    public boolean carriesOut(Campaign other) {
        Objects.requireNonNull(other, "other");
        return campaign.isPresent() && campaign.get().isSameAs(other);
    }

    /**
     * Returns the actor with an id.
     *
     * @param id the actor id, not null
     * @return the actor, or empty if the plan names none with that id
     */
    public Optional<Actor> actor(String id) {
        Objects.requireNonNull(id, "id");
        // A loop by index, not a stream or an iterator: the compliance rules ask for actors several
        // times per task.
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (actor.id().equals(id)) {
                return Optional.of(actor);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the issuing actor.
     *
     * @return the issuer, or empty if {@link #issuerId()} names no actor of the plan
     */
    public Optional<Actor> issuer() {
        return actor(issuerId);
    }

    /**
     * Returns the administrative level of the plan: the level of its issuer.
     *
     * @return the level, or empty if the issuer is unknown or has no level
     */
    public Optional<AdministrativeLevel> level() {
        return issuer().flatMap(Actor::level);
    }

    /**
     * Returns the reference with an id.
     *
     * @param id the reference id, not null
     * @return the reference, or empty if there is none with that id
     */
    public Optional<DocumentReference> reference(String id) {
        Objects.requireNonNull(id, "id");
        for (DocumentReference reference : references) {
            if (reference.id().equals(id)) {
                return Optional.of(reference);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the parent plan: the first reference the plan {@link ReferenceRelation#IMPLEMENTS}.
     *
     * @return the parent plan, or empty for a plan that names none
     */
    public Optional<DocumentReference> parentPlan() {
        for (DocumentReference reference : references) {
            if (reference.relation() == ReferenceRelation.IMPLEMENTS) {
                return Optional.of(reference);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every section and subsection, depth first, in document order.
     *
     * @return the sections, never null
     */
    public Stream<Section> allSections() {
        return sections.stream().flatMap(Section::allSections);
    }

    /**
     * Returns every task of every section, in document order.
     *
     * @return the tasks, never null
     */
    public Stream<Task> allTasks() {
        return sections.stream().flatMap(Section::allTasks);
    }

    /**
     * Returns the task with an id.
     *
     * @param id the task id, not null
     * @return the task, or empty if there is none with that id
     */
    public Optional<Task> task(String id) {
        Objects.requireNonNull(id, "id");
        return allTasks().filter(task -> task.id().equals(id)).findFirst();
    }

    /**
     * Returns the paragraphs of the sections of a kind, such as the purposes or the requirements.
     *
     * @param kind the section kind, not null
     * @return the paragraphs in document order, never null
     */
    public List<String> paragraphs(SectionKind kind) {
        Objects.requireNonNull(kind, "kind");
        return allSections().filter(section -> section.kind() == kind)
                .flatMap(section -> section.paragraphs().stream()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns each actor's responsibilities: the tasks of the sections that name an actor.
     *
     * @return actor id to its tasks, in document order, never null
     */
    public Map<String, List<Task>> responsibilities() {
        Map<String, List<Task>> result = new LinkedHashMap<>();
        allSections().filter(section -> section.actorId().isPresent()).forEach(section -> result
                .computeIfAbsent(section.actorId().get(), id -> new ArrayList<>()).addAll(section.tasks()));
        result.replaceAll((id, tasks) -> List.copyOf(tasks));
        return java.util.Collections.unmodifiableMap(result);
    }

    /**
     * Returns a builder for a plan, with type {@link DocumentType#PLAN} and no funding.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this plan's values.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.type = type;
        builder.number = number;
        builder.issuerId = issuerId;
        builder.place = place;
        builder.date = date;
        builder.title = title;
        builder.period = period;
        builder.campaign = campaign;
        builder.integrations.addAll(integrations);
        builder.references.addAll(references);
        builder.preamble = preamble;
        builder.sections.addAll(sections);
        builder.notApplicable.addAll(notApplicable);
        builder.funding = funding;
        builder.recipients.addAll(recipients);
        builder.signature = signature;
        builder.closing = closing;
        builder.actors.addAll(actors);
        builder.extensions = extensions;
        return builder;
    }

    /**
     * Builds a {@link Plan}. Not thread-safe; each {@link #build()} returns a new plan.
     *
     * <p>The issuer, title and period must be set; everything else has an empty default (no
     * campaign, until {@link #campaign(Campaign)} sets one).
     */
    public static final class Builder {
        private DocumentType type = DocumentType.PLAN;
        private Optional<DocumentNumber> number = Optional.empty();
        private String issuerId;
        private Optional<String> place = Optional.empty();
        private Optional<LocalDate> date = Optional.empty();
        private String title;
        private DateRange period;
        private Optional<Campaign> campaign = Optional.empty();
        private final List<Integration> integrations = new ArrayList<>();
        private final List<DocumentReference> references = new ArrayList<>();
        private Optional<String> preamble = Optional.empty();
        private final List<Section> sections = new ArrayList<>();
        private final List<NotApplicable> notApplicable = new ArrayList<>();
        private Funding funding = Funding.NONE;
        private final List<Recipient> recipients = new ArrayList<>();
        private Optional<Signature> signature = Optional.empty();
        private Optional<String> closing = Optional.empty();
        private final List<Actor> actors = new ArrayList<>();
        private Extensions extensions = Extensions.empty();

        private Builder() {
        }

        /**
         * Sets the document type.
         *
         * @param newType the type, not null
         * @return this builder
         */
        public Builder type(DocumentType newType) {
            this.type = Objects.requireNonNull(newType, "newType");
            return this;
        }

        /**
         * Sets the number and symbol.
         *
         * @param newNumber the number, not null
         * @return this builder
         */
        public Builder number(DocumentNumber newNumber) {
            this.number = Optional.of(newNumber);
            return this;
        }

        /**
         * Sets the issuing actor.
         *
         * @param actorId the id of one of the plan's actors, not null
         * @return this builder
         */
        public Builder issuer(String actorId) {
            this.issuerId = Objects.requireNonNull(actorId, "actorId");
            return this;
        }

        /**
         * Sets the place of issue.
         *
         * @param newPlace the place, not null
         * @return this builder
         */
        public Builder place(String newPlace) {
            this.place = Optional.of(newPlace);
            return this;
        }

        /**
         * Sets the date of issue.
         *
         * @param newDate the date, not null
         * @return this builder
         */
        public Builder date(LocalDate newDate) {
            this.date = Optional.of(newDate);
            return this;
        }

        /**
         * Sets the abstract.
         *
         * @param newTitle the abstract as written, not null
         * @return this builder
         */
        public Builder title(String newTitle) {
            this.title = Objects.requireNonNull(newTitle, "newTitle");
            return this;
        }

        /**
         * Sets the period the plan covers.
         *
         * @param newPeriod the period, not null
         * @return this builder
         */
        public Builder period(DateRange newPeriod) {
            this.period = Objects.requireNonNull(newPeriod, "newPeriod");
            return this;
        }

        /**
         * Sets the campaign.
         *
         * @param newCampaign the campaign, not null
         * @return this builder
         */
        public Builder campaign(Campaign newCampaign) {
            this.campaign = Optional.of(Objects.requireNonNull(newCampaign, "newCampaign"));
            return this;
        }

        /**
         * Removes the campaign: the plan names none.
         *
         * @return this builder
         */
        public Builder noCampaign() {
            this.campaign = Optional.empty();
            return this;
        }

        /**
         * Adds integrations.
         *
         * @param more the integrations, not null
         * @return this builder
         */
        public Builder integrations(Integration... more) {
            integrations.addAll(List.of(more));
            return this;
        }

        /**
         * Adds references.
         *
         * @param more the references, not null
         * @return this builder
         */
        public Builder references(DocumentReference... more) {
            references.addAll(List.of(more));
            return this;
        }

        /**
         * Sets the preamble.
         *
         * @param text the opening sentence as written, not null
         * @return this builder
         */
        public Builder preamble(String text) {
            this.preamble = Optional.of(text);
            return this;
        }

        /**
         * Adds sections.
         *
         * @param more the sections, not null
         * @return this builder
         */
        public Builder sections(Section... more) {
            sections.addAll(List.of(more));
            return this;
        }

        /**
         * Replaces the sections.
         *
         * @param newSections the sections, not null
         * @return this builder
         */
        public Builder replaceSections(List<Section> newSections) {
            sections.clear();
            sections.addAll(newSections);
            return this;
        }

        /**
         * Replaces the references.
         *
         * @param newReferences the references, not null
         * @return this builder
         */
        public Builder replaceReferences(List<DocumentReference> newReferences) {
            Objects.requireNonNull(newReferences, "newReferences");
            references.clear();
            references.addAll(newReferences);
            return this;
        }

        /**
         * Replaces the actors.
         *
         * @param newActors the actors, not null
         * @return this builder
         */
        public Builder replaceActors(List<Actor> newActors) {
            Objects.requireNonNull(newActors, "newActors");
            actors.clear();
            actors.addAll(newActors);
            return this;
        }

        /**
         * Declares a task of the parent plan not applicable to this plan.
         *
         * @param referenceId the id of this plan's reference to the parent plan, not null
         * @param taskId the id of the task in the parent plan, not null
         * @param reason why it does not apply, not null
         * @return this builder
         */
        public Builder notApplicable(String referenceId, String taskId, String reason) {
            notApplicable.add(NotApplicable.of(referenceId, taskId, reason));
            return this;
        }

        /**
         * Adds declarations of parent tasks not applicable to this plan.
         *
         * @param more the declarations, not null
         * @return this builder
         */
        public Builder notApplicable(List<NotApplicable> more) {
            notApplicable.addAll(more);
            return this;
        }

        /**
         * Sets the funding.
         *
         * @param newFunding the funding, not null
         * @return this builder
         */
        public Builder funding(Funding newFunding) {
            this.funding = Objects.requireNonNull(newFunding, "newFunding");
            return this;
        }

        /**
         * Adds recipients.
         *
         * @param more the recipients, not null
         * @return this builder
         */
        public Builder recipients(Recipient... more) {
            recipients.addAll(List.of(more));
            return this;
        }

        /**
         * Sets the signature.
         *
         * @param newSignature the signature, not null
         * @return this builder
         */
        public Builder signature(Signature newSignature) {
            this.signature = Optional.of(newSignature);
            return this;
        }

        /**
         * Sets the closing line.
         *
         * @param text the closing line as written, not null
         * @return this builder
         */
        public Builder closing(String text) {
            this.closing = Optional.of(text);
            return this;
        }

        /**
         * Adds actors.
         *
         * @param more the actors, not null
         * @return this builder
         */
        public Builder actors(Actor... more) {
            actors.addAll(List.of(more));
            return this;
        }

        /**
         * Sets the extensions.
         *
         * @param newExtensions the extensions, not null
         * @return this builder
         */
        public Builder extensions(Extensions newExtensions) {
            this.extensions = Objects.requireNonNull(newExtensions, "newExtensions");
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return a new plan, never null
         * @throws NullPointerException if the issuer, title or period is not set
         */
        public Plan build() {
            return new Plan(type, number, issuerId, place, date, title, period, campaign, integrations, references,
                    preamble, sections, notApplicable, funding, recipients, signature, closing, actors, extensions);
        }
    }
}
