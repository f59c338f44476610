package vn.campaign.model;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;

/**
 * A numbered section of a plan ("II. NỘI DUNG …", "2.1. Về công tác tập huấn"), with its text, its
 * tasks and its subsections.
 *
 * <p>The number is kept as written, without its trailing dot, even when it is wrong: the Kon Rẫy
 * plan numbers two subsections of section IV "2", and the validator, not the model, says so. A
 * section of {@link SectionKind#ORGANISATION} that lists one actor's duties names that actor in
 * {@link #actorId()}; its tasks are that actor's responsibilities.
 *
 * <p>Immutable and thread-safe. Make a section with {@link #builder(String, String, String)} (or
 * change one with {@link #toBuilder()}): the builder is the way to make one. The canonical
 * constructor, which a record cannot hide, takes every component at once and changes whenever a
 * component is added.
 *
 * @param id the id, unique among the plan's sections; not null
 * @param number the number as written, such as {@code "II"} or {@code "2.1"}; not null
 * @param heading the heading as written, without the number; not null
 * @param kind what the section holds; not null
 * @param actorId the actor whose duties the section lists; not null, may be empty
 * @param paragraphs text that is not a task (the purpose, the requirements); not null
 * @param tasks the tasks, in document order; not null
 * @param subsections the subsections, in document order; not null
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record Section(
        @NotBlankText @PlanId String id,
        @NotBlankText String number,
        @NotBlankText String heading,
        SectionKind kind,
        Optional<String> actorId,
        List<@NotBlankText String> paragraphs,
        List<@Valid Task> tasks,
        List<@Valid Section> subsections,
        Extensions extensions) {

    /** Checks that nothing is null, normalises the text and copies the lists. */
    public Section {
        Objects.requireNonNull(id, "id");
        number = Text.text(number, "number");
        heading = Text.text(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorId, "actorId");
        paragraphs = Text.texts(paragraphs, "paragraphs");
        tasks = Text.list(tasks, "tasks");
        subsections = Text.list(subsections, "subsections");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns the tasks of this section and of all its subsections, in document order.
     *
     * @return the tasks, never null
     */
    public Stream<Task> allTasks() {
        return Stream.concat(tasks.stream(), subsections.stream().flatMap(Section::allTasks));
    }

    /**
     * Returns this section and all its subsections, depth first, in document order.
     *
     * @return the sections, never null
     */
    public Stream<Section> allSections() {
        return Stream.concat(Stream.of(this), subsections.stream().flatMap(Section::allSections));
    }

    /**
     * Returns a builder for a section.
     *
     * @param id the id, not null
     * @param number the number as written, not null
     * @param heading the heading as written, not null
     * @return a new builder, never null
     */
    public static Builder builder(String id, String number, String heading) {
        return new Builder(id, number, heading);
    }

    /**
     * Returns a builder holding this section's values.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, number, heading);
        builder.kind = kind;
        builder.actorId = actorId;
        builder.paragraphs.addAll(paragraphs);
        builder.tasks.addAll(tasks);
        builder.subsections.addAll(subsections);
        builder.extensions = extensions;
        return builder;
    }

    /**
     * Builds a {@link Section}. Not thread-safe. The kind defaults to {@link SectionKind#OTHER}.
     */
    public static final class Builder {
        private final String id;
        private final String number;
        private final String heading;
        private SectionKind kind = SectionKind.OTHER;
        private Optional<String> actorId = Optional.empty();
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Task> tasks = new ArrayList<>();
        private final List<Section> subsections = new ArrayList<>();
        private Extensions extensions = Extensions.empty();

        private Builder(String id, String number, String heading) {
            this.id = Objects.requireNonNull(id, "id");
            this.number = Objects.requireNonNull(number, "number");
            this.heading = Objects.requireNonNull(heading, "heading");
        }

        /**
         * Sets the kind.
         *
         * @param newKind the kind, not null
         * @return this builder
         */
        public Builder kind(SectionKind newKind) {
            this.kind = Objects.requireNonNull(newKind, "newKind");
            return this;
        }

        /**
         * Sets the actor whose duties the section lists.
         *
         * @param newActorId the actor id, not null
         * @return this builder
         */
        public Builder actor(String newActorId) {
            this.actorId = Optional.of(newActorId);
            return this;
        }

        /**
         * Adds paragraphs.
         *
         * @param more the paragraphs as written, not null
         * @return this builder
         */
        public Builder paragraphs(String... more) {
            paragraphs.addAll(List.of(more));
            return this;
        }

        /**
         * Adds tasks.
         *
         * @param more the tasks, not null
         * @return this builder
         */
        public Builder tasks(Task... more) {
            tasks.addAll(List.of(more));
            return this;
        }

        /**
         * Adds subsections.
         *
         * @param more the subsections, not null
         * @return this builder
         */
        public Builder subsections(Section... more) {
            subsections.addAll(List.of(more));
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
         * Builds the section.
         *
         * @return a new section, never null
         */
        public Section build() {
            return new Section(id, number, heading, kind, actorId, paragraphs, tasks, subsections, extensions);
        }
    }
}
