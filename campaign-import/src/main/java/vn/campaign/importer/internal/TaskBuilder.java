package vn.campaign.importer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.importer.ImportCode;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.Integration;
import vn.campaign.model.IntegrationKind;
import vn.campaign.model.Role;
import vn.campaign.model.Schedule;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

/**
 * Turns the bullets of a section into tasks: the "Nội dung", "Hình thức" and "Thời gian thực hiện"
 * fields, kinds from the keyword tables, channels, contents, schedule, flags, the documents followed
 * and the actors' parts. Not thread-safe; not part of the API.
 */
final class TaskBuilder {

    private static final Pattern FIELD = Pattern.compile("^(noi dung|hinh thuc|thoi gian)([^:]{0,40}): ?(.*)$");
    private static final Pattern OPTIONAL = Pattern.compile("\\(neu co\\)");
    private static final Pattern DISCRETIONARY = Pattern.compile("(?:can cu|tuy)(?: vao| theo)? tinh hinh thuc te");
    private static final Pattern DISCRETION_LEAD = Pattern.compile("^(?:can cu|tuy)(?: vao| theo)? tinh hinh thuc te"
            + "(?: tai dia phuong| o dia phuong)?, ");
    private static final Pattern YEAR_AT_END = Pattern.compile("(?<![0-9a-z])nam ([0-9]{4})\\.*$");
    private static final Pattern YEAR_WITHIN = Pattern.compile("trong nam ([0-9]{4})(?![0-9])");
    private static final Pattern QUOTED = Pattern.compile("[“\"«]([^”\"»]{3,})[”\"»]");

    /** The text of one task before interpretation. */
    private record Draft(SourceLine line, Optional<String> description, Optional<String> content, Optional<String> form) {
    }

    private final Notes notes;
    private final Actors actors;
    private final References references;
    private final Map<String, Integration> integrations = new LinkedHashMap<>();
    private String campaign = "";

    TaskBuilder(Notes notes, Actors actors, References references) {
        this.notes = notes;
        this.actors = actors;
        this.references = references;
    }

    void campaign(String name) {
        this.campaign = name;
    }

    List<Integration> integrations() {
        return List.copyOf(integrations.values());
    }

    List<Task> tasks(String sectionId, List<Structure.BodyText> items, String heading,
            Optional<AdministrativeLevel> level) {
        List<Structure.BodyText> plain = new ArrayList<>();
        Optional<String> content = Optional.empty();
        Optional<String> form = Optional.empty();
        Optional<Schedule> schedule = Optional.empty();
        List<Structure.BodyText> timeLines = new ArrayList<>();
        SourceLine first = null;
        for (Structure.BodyText item : items) {
            Matcher m = FIELD.matcher(Fold.fold(item.text()));
            if (m.matches() && m.group(2).strip().split(" ").length <= 4 && !m.group(3).isBlank()) {
                String value = item.text().substring(m.start(3)).strip();
                switch (m.group(1)) {
                    case "noi dung":
                        content = Optional.of(content.map(c -> c + " " + value).orElse(value));
                        first = first == null ? item.line() : first;
                        break;
                    case "hinh thuc":
                        form = Optional.of(form.map(f -> f + " " + value).orElse(value));
                        first = first == null ? item.line() : first;
                        break;
                    default:
                        timeLines.add(item);
                        Optional<Schedules.Reading> reading = Schedules.read(value);
                        if (reading.isEmpty()) {
                            notes.add(item.line(), ImportCode.SCHEDULE_UNREADABLE);
                        } else {
                            schedule = Optional.of(reading.get().schedule());
                            if (!reading.get().exact()) {
                                notes.add(item.line(), ImportCode.SCHEDULE_INTERPRETED);
                            }
                        }
                        break;
                }
            } else {
                plain.add(item);
            }
        }
        List<Draft> drafts = new ArrayList<>();
        if (content.isPresent() || form.isPresent()) {
            if (plain.size() > 1) {
                notes.add(plain.get(1).line(), ImportCode.BULLETS_MERGED);
            }
            Optional<String> description = plain.stream().map(Structure.BodyText::text).reduce((a, b) -> a + " " + b);
            drafts.add(new Draft(plain.isEmpty() ? first : plain.get(0).line(), description, content, form));
        } else {
            for (Structure.BodyText item : plain) {
                drafts.add(new Draft(item.line(), Optional.of(item.text()), Optional.empty(), Optional.empty()));
            }
        }
        if (drafts.isEmpty()) {
            timeLines.forEach(item -> notes.add(item.line(), ImportCode.LINE_OUTSIDE_STRUCTURE));
        }
        List<Task> tasks = new ArrayList<>();
        for (Draft draft : drafts) {
            tasks.add(task(sectionId + "-" + (tasks.size() + 1), draft, heading, level, schedule));
        }
        return tasks;
    }

    private Task task(String id, Draft draft, String heading, Optional<AdministrativeLevel> level,
            Optional<Schedule> schedule) {
        Task.Builder task = Task.builder(id);
        draft.description.ifPresent(task::description);
        draft.content.ifPresent(task::content);
        draft.form.ifPresent(task::form);
        List<String> parts = new ArrayList<>();
        draft.description.ifPresent(parts::add);
        draft.content.ifPresent(parts::add);
        draft.form.ifPresent(parts::add);
        String all = String.join(" ", parts);
        String folded = Fold.fold(all);
        SourceLine line = draft.line;

        // The activity is what the bullet says is done; "Nội dung" and "Hình thức" say what about and how,
        // so they name the kind only when there is no such sentence (a training's topics are not tasks).
        kinds(task, draft.description.map(Fold::fold).orElse(folded), heading, line);
        task.channels(Keywords.channels(folded).toArray(vn.campaign.model.Channel[]::new));
        if (Keywords.allContents(folded)) {
            task.contents(CampaignContent.values());
        } else {
            List<CampaignContent> contents = Keywords.contents(folded);
            if (!contents.isEmpty()) {
                task.contents(contents.toArray(CampaignContent[]::new));
                notes.add(line, ImportCode.CONTENTS_INFERRED);
            }
        }
        if (schedule.isPresent()) {
            task.schedule(schedule.get());
        } else {
            sentenceSchedule(draft.description.orElse("")).ifPresent(found -> {
                task.schedule(found);
                notes.add(line, ImportCode.SCHEDULE_FROM_SENTENCE);
            });
        }
        task.optional(OPTIONAL.matcher(folded).find());
        task.discretionary(DISCRETIONARY.matcher(folded).find());
        for (String part : parts) {
            task.guidance(references.read(part, vn.campaign.model.ReferenceRelation.GUIDANCE, level, line)
                    .toArray(String[]::new));
        }
        for (String part : parts) {
            integrations(part, line);
        }
        task.assignments(assignments(draft.description.or(() -> draft.content).orElse(""), parts, level, line));
        return task.build();
    }

    private void kinds(Task.Builder task, String folded, String heading, SourceLine line) {
        List<Keywords.KindHit> text = Keywords.kinds(folded);
        List<Keywords.KindHit> head = heading.isEmpty() ? List.of() : Keywords.kinds(Fold.fold(heading));
        List<TaskKind> kinds = new ArrayList<>();
        if (!head.isEmpty()) {
            kinds.add(head.get(0).kind());
        } else if (!text.isEmpty()) {
            kinds.add(text.stream().min(Comparator.comparingInt(hit -> hit.kind().ordinal())).get().kind());
        }
        head.forEach(hit -> add(kinds, hit.kind()));
        text.forEach(hit -> add(kinds, hit.kind()));
        if (kinds.isEmpty()) {
            task.kinds(TaskKind.OTHER);
            notes.add(line, ImportCode.TASK_KIND_OTHER);
            return;
        }
        for (TaskKind kind : kinds) {
            boolean glossary = head.stream().anyMatch(hit -> hit.kind() == kind && hit.glossary())
                    || text.stream().anyMatch(hit -> hit.kind() == kind && hit.glossary());
            if (!glossary) {
                notes.add(line, ImportCode.TASK_KIND_INFERRED);
            }
            if (text.stream().noneMatch(hit -> hit.kind() == kind)) {
                notes.add(line, ImportCode.TASK_KIND_FROM_HEADING);
            }
        }
        task.kinds(kinds.toArray(TaskKind[]::new));
    }

    private static void add(List<TaskKind> kinds, TaskKind kind) {
        if (!kinds.contains(kind)) {
            kinds.add(kind);
        }
    }

    private static Optional<Schedule> sentenceSchedule(String description) {
        String folded = Fold.fold(description);
        if (folded.startsWith("thuong xuyen ")) {
            return Optional.of(Schedule.ongoing());
        }
        Matcher m = YEAR_AT_END.matcher(folded);
        if (!m.find()) {
            m = YEAR_WITHIN.matcher(folded);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Schedule.year(Integer.parseInt(m.group(1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads "lồng ghép với … Cuộc vận động “…” và các … phong trào …" into integrations. */
    private void integrations(String text, SourceLine line) {
        String folded = Fold.fold(text);
        int at = folded.indexOf("long ghep voi");
        if (at < 0) {
            return;
        }
        Matcher quoted = QUOTED.matcher(text);
        int end = -1;
        while (quoted.find(end < 0 ? at : end)) {
            String before = Fold.fold(text.substring(Math.max(at, quoted.start() - 20), quoted.start()));
            if (!before.contains("cuoc van dong")) {
                break;
            }
            String name = quoted.group(1).strip();
            if (!Fold.fold(name).equals(Fold.fold(campaign))) {
                integrations.putIfAbsent("C|" + name, Integration.of(IntegrationKind.CAMPAIGN, name));
                notes.add(line, ImportCode.INTEGRATION_INFERRED);
            }
            end = quoted.end();
        }
        if (end < 0) {
            return;
        }
        String rest = text.substring(end);
        String restFolded = Fold.fold(rest);
        if (restFolded.startsWith(" va ") && restFolded.contains("phong trao")) {
            String name = rest.substring(" và ".length()).strip().replaceAll("[.;,]+$", "").strip();
            integrations.putIfAbsent("M|" + name, Integration.of(IntegrationKind.MOVEMENT, name));
            notes.add(line, ImportCode.INTEGRATION_INFERRED);
        }
    }

    /** The actors' parts: the sentence's subject leads ("cử cán bộ tham gia": takes part); "do X tổ chức" leads; "phối hợp với X" and emulation clusters coordinate. */
    private List<Assignment> assignments(String subjectText, List<String> parts, Optional<AdministrativeLevel> level,
            SourceLine line) {
        Map<String, Role> first = new LinkedHashMap<>();
        Map<String, Role> rest = new LinkedHashMap<>();
        String folded = Fold.fold(subjectText);
        Matcher lead = DISCRETION_LEAD.matcher(folded);
        int subjectAt = lead.find() ? lead.end() : 0;
        int coordinateFrom = folded.indexOf("phoi hop voi ");
        for (Actors.Mention mention : Actors.mentions(subjectText)) {
            Optional<String> id = actors.resolve(mention.name(), Actors.WRITTEN, level, line);
            if (id.isEmpty()) {
                continue;
            }
            String before = folded.substring(0, mention.start());
            String after = folded.substring(mention.end());
            if (mention.start() == subjectAt) {
                boolean takesPart = after.startsWith(" cu can bo tham gia");
                rest.putIfAbsent(id.get(), takesPart ? Role.PARTICIPATE : Role.LEAD);
                if (takesPart) {
                    notes.add(line, ImportCode.ROLE_INFERRED);
                }
            } else if (before.endsWith("do ") && after.startsWith(" to chuc")) {
                first.putIfAbsent(id.get(), Role.LEAD);
                notes.add(line, ImportCode.ROLE_INFERRED);
            } else if (coordinateFrom >= 0 && coordinateFrom < mention.start()
                    && folded.substring(coordinateFrom, mention.start()).indexOf(". ") < 0
                    || actors.get(id.get()).map(draft -> draft.kind == ActorKind.EMULATION_CLUSTER).orElse(false)) {
                rest.putIfAbsent(id.get(), Role.COORDINATE);
                notes.add(line, ImportCode.ROLE_INFERRED);
            }
        }
        for (String part : parts) {
            if (!part.equals(subjectText)) {
                Actors.mentions(part).forEach(mention -> actors.resolve(mention.name(), Actors.WRITTEN, level, line));
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        first.forEach((id, role) -> assignments.add(Assignment.of(id, role)));
        rest.forEach((id, role) -> {
            if (!first.containsKey(id)) {
                assignments.add(Assignment.of(id, role));
            }
        });
        return assignments;
    }
}
