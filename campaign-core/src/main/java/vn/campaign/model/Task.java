package vn.campaign.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;
import vn.campaign.model.constraints.TaskHasText;
import vn.campaign.model.constraints.Warning;

/**
 * One thing a plan says shall be done: a bullet of its content or of an actor's duties.
 *
 * <p>The text is kept as written, split the way the documents split it: a description, the
 * content ("Nội dung: …") and the form ("Hình thức: …"). On top of the text the task carries what a
 * program needs: its kinds, channels, the campaign contents it addresses, its schedule, who does it,
 * the guidance it follows, and whether it is optional ("nếu có") or left to local judgement ("căn cứ
 * tình hình thực tế").
 *
 * <p>Immutable and thread-safe. Make a task with {@link #builder(String)} (or change one with
 * {@link #toBuilder()}): the builder is the way to make one. The canonical constructor, which a
 * record cannot hide, takes every component at once and changes whenever a component is added.
 *
 * @param id the id, unique among the plan's tasks; not null
 * @param kinds what kind of task it is, the main kind first; not null
 * @param description the body of the bullet as written; not null, may be empty
 * @param content the text after "Nội dung:"; not null, may be empty
 * @param form the text after "Hình thức:"; not null, may be empty
 * @param channels the forms and channels named in the text; not null
 * @param contents the campaign contents the task addresses; not null
 * @param schedule the time of implementation; not null, empty where the text gives none
 * @param assignments who leads, coordinates, takes part or guides; not null
 * @param guidanceIds ids of the references the task follows; not null
 * @param implementsTasks the tasks of the parent plan this task carries out; not null, may be empty
 * @param optional whether the text marks it "(nếu có)": done only if there is occasion
 * @param discretionary whether the text leaves it to local judgement ("căn cứ tình hình thực tế")
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
@TaskHasText(payload = Warning.class)
public record Task(
        @NotBlankText @PlanId String id,
        @NotEmpty List<TaskKind> kinds,
        Optional<@NotBlankText String> description,
        Optional<@NotBlankText String> content,
        Optional<@NotBlankText String> form,
        List<Channel> channels,
        List<CampaignContent> contents,
        Optional<Schedule> schedule,
        List<@Valid Assignment> assignments,
        List<String> guidanceIds,
        List<@Valid TaskLink> implementsTasks,
        boolean optional,
        boolean discretionary,
        Extensions extensions) {

    /** Checks that nothing is null, normalises the text and copies the lists. */
    public Task {
        Objects.requireNonNull(id, "id");
        kinds = Text.list(kinds, "kinds");
        description = Text.text(description, "description");
        content = Text.text(content, "content");
        form = Text.text(form, "form");
        channels = Text.list(channels, "channels");
        contents = Text.list(contents, "contents");
        Objects.requireNonNull(schedule, "schedule");
        assignments = Text.list(assignments, "assignments");
        guidanceIds = Text.list(guidanceIds, "guidanceIds");
        implementsTasks = Text.list(implementsTasks, "implementsTasks");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns the main kind of the task, the first of {@link #kinds()}.
     *
     * @return the main kind; {@link TaskKind#OTHER} when no kind is given
     */
    public TaskKind mainKind() {
        return kinds.isEmpty() ? TaskKind.OTHER : kinds.get(0);
    }

    /**
     * Returns whether the task is of a kind, main or not.
     *
     * @param kind the kind, not null
     * @return true if {@link #kinds()} contains it
     */
    public boolean is(TaskKind kind) {
        return kinds.contains(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Returns a builder for a task.
     *
     * @param id the task id, not null
     * @return a new builder, never null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this task's values.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id);
        builder.kinds.addAll(kinds);
        builder.description = description;
        builder.content = content;
        builder.form = form;
        builder.channels.addAll(channels);
        builder.contents.addAll(contents);
        builder.schedule = schedule;
        builder.assignments.addAll(assignments);
        builder.guidanceIds.addAll(guidanceIds);
        builder.implementsTasks.addAll(implementsTasks);
        builder.optional = optional;
        builder.discretionary = discretionary;
        builder.extensions = extensions;
        return builder;
    }

    /**
     * Builds a {@link Task}. Not thread-safe; each call to {@link #build()} returns a new task.
     */
    public static final class Builder {
        private String id;
        private final List<TaskKind> kinds = new ArrayList<>();
        private Optional<String> description = Optional.empty();
        private Optional<String> content = Optional.empty();
        private Optional<String> form = Optional.empty();
        private final List<Channel> channels = new ArrayList<>();
        private final List<CampaignContent> contents = new ArrayList<>();
        private Optional<Schedule> schedule = Optional.empty();
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<String> guidanceIds = new ArrayList<>();
        private final List<TaskLink> implementsTasks = new ArrayList<>();
        private boolean optional;
        private boolean discretionary;
        private Extensions extensions = Extensions.empty();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the id.
         *
         * @param newId the id, not null
         * @return this builder
         */
        public Builder id(String newId) {
            this.id = Objects.requireNonNull(newId, "newId");
            return this;
        }

        /**
         * Adds kinds; the first kind ever added is the main one.
         *
         * @param more the kinds, not null
         * @return this builder
         */
        public Builder kinds(TaskKind... more) {
            kinds.addAll(List.of(more));
            return this;
        }

        /**
         * Sets the description.
         *
         * @param text the body of the bullet as written, not null
         * @return this builder
         */
        public Builder description(String text) {
            this.description = Optional.of(text);
            return this;
        }

        /**
         * Sets the content ("Nội dung: …").
         *
         * @param text the text after the label, not null
         * @return this builder
         */
        public Builder content(String text) {
            this.content = Optional.of(text);
            return this;
        }

        /**
         * Sets the form ("Hình thức: …").
         *
         * @param text the text after the label, not null
         * @return this builder
         */
        public Builder form(String text) {
            this.form = Optional.of(text);
            return this;
        }

        /**
         * Adds channels.
         *
         * @param more the channels, not null
         * @return this builder
         */
        public Builder channels(Channel... more) {
            channels.addAll(List.of(more));
            return this;
        }

        /**
         * Adds campaign contents addressed.
         *
         * @param more the contents, not null
         * @return this builder
         */
        public Builder contents(CampaignContent... more) {
            contents.addAll(List.of(more));
            return this;
        }

        /**
         * Sets the schedule.
         *
         * @param newSchedule the schedule, not null
         * @return this builder
         */
        public Builder schedule(Schedule newSchedule) {
            this.schedule = Optional.of(newSchedule);
            return this;
        }

        /**
         * Adds an actor's part.
         *
         * @param actorId the actor id, not null
         * @param role the role, not null
         * @return this builder
         */
        public Builder assign(String actorId, Role role) {
            assignments.add(Assignment.of(actorId, role));
            return this;
        }

        /**
         * Adds assignments.
         *
         * @param more the assignments, not null
         * @return this builder
         */
        public Builder assignments(List<Assignment> more) {
            assignments.addAll(more);
            return this;
        }

        /**
         * Adds references the task follows.
         *
         * @param referenceIds ids of references of the plan, not null
         * @return this builder
         */
        public Builder guidance(String... referenceIds) {
            guidanceIds.addAll(List.of(referenceIds));
            return this;
        }

        /**
         * Adds a task of the parent plan that this task carries out.
         *
         * @param referenceId the id of this plan's reference to the parent plan, not null
         * @param taskId the id of the task in the parent plan, not null
         * @return this builder
         */
        public Builder implementsTask(String referenceId, String taskId) {
            implementsTasks.add(TaskLink.of(referenceId, taskId));
            return this;
        }

        /**
         * Adds links to tasks of the parent plan.
         *
         * @param more the links, not null
         * @return this builder
         */
        public Builder implementsTasks(List<TaskLink> more) {
            implementsTasks.addAll(more);
            return this;
        }

        /**
         * Marks the task optional ("nếu có").
         *
         * @param value whether it is optional
         * @return this builder
         */
        public Builder optional(boolean value) {
            this.optional = value;
            return this;
        }

        /**
         * Marks the task discretionary ("căn cứ tình hình thực tế").
         *
         * @param value whether it is discretionary
         * @return this builder
         */
        public Builder discretionary(boolean value) {
            this.discretionary = value;
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
         * Builds the task.
         *
         * @return a new task, never null
         * @throws NullPointerException if a value is null
         */
        public Task build() {
            return new Task(id, kinds, description, content, form, channels, contents, schedule, assignments,
                    guidanceIds, implementsTasks, optional, discretionary, extensions);
        }
    }
}
