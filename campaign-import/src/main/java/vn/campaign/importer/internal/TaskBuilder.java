package vn.campaign.importer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * Turns the lines of a part into tasks, by the rules of {@code docs/import.md} ("Tasks"): the fields
 * ("Nội dung", "Hình thức", "Thời gian …", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả" …), a
 * numbered item that states the task with its details, steps "(1) …", the rows of a table of tasks;
 * then kinds from the keyword tables, channels, contents, schedule, flags, the documents followed and
 * the actors' parts. The lines that are no task (introductions, rules, aspects) come back as
 * paragraphs. Not thread-safe; not part of the API.
 *
 * <p>About 630 lines: the three shapes of a task (fields, numbered item, table row) share the field
 * reading and the kind, schedule and actor inference, which is the larger half; cut apart, each shape
 * would need all of it.
 */
final class TaskBuilder {

    /**
     * A field of a task, "Label: value": its content, form and time, who leads and who coordinates it,
     * and details the model has no member for (result, participants, place, forms …), kept in the
     * description.
     */
    private static final Pattern FIELD = Pattern.compile("^(noi dung|hinh thuc|thoi gian|don vi chu tri|co quan chu tri"
            + "|chu tri|don vi phoi hop|co quan phoi hop|phoi hop|don vi thuc hien|ket qua|san pham|thanh phan|dia diem"
            + "|bieu mau|moi du|nguyen tac|tai lieu|tieu chuan|phuong phap|dieu kien|luu y)([^:]{0,40}): ?(.*)$");
    private static final java.util.Set<String> LEAD_FIELDS = java.util.Set.of("don vi chu tri", "co quan chu tri",
            "chu tri", "don vi thuc hien");
    private static final java.util.Set<String> COORDINATE_FIELDS = java.util.Set.of("don vi phoi hop",
            "co quan phoi hop", "phoi hop");
    /** "(1) …", "(2) …": items numbered in brackets inside a part. */
    private static final Pattern ENUMERATED = Pattern.compile("^\\([0-9]{1,2}\\) ");
    /** A step numbered in brackets inside a line: "…: (1) Họp Ban lãnh đạo …; (2) …". */
    private static final Pattern INLINE_STEP = Pattern.compile("(?<![\\p{L}\\p{N}])\\(([0-9]{1,2})\\) ");
    /** "Quy định về …", "Nguyên tắc …": a part of rules. */
    private static final Pattern RULES_HEADING = Pattern.compile("^(?:quy dinh|nguyen tac)(?![a-z])");
    /** The verbs that open a task: "Kiểm tra …", "Tổ chức …", "Xây dựng và ban hành …". */
    private static final Pattern ACTION = Pattern.compile("^(?:kiem tra|giam sat|to chuc|xay dung|ban hanh|tham gia"
            + "|phoi hop|tuyen truyen|thuc hien|chuan bi|theo doi|tong hop|tiep nhan|tiep cong dan|hiep thuong|bao cao"
            + "|gui|thong bao|chi dao|huong dan|van dong|trien khai|cu |lap |niem yet|giai quyet|xu ly|danh gia|so ket"
            + "|tong ket|khen thuong|phat dong|ra soat|nam bat|chuyen|don doc|kien toan|duy tri|day manh)(?![a-z])");
    private static final Pattern ROMAN_NUMBER = Pattern.compile("[IVXivx]{1,4}\\.?");
    private static final Pattern OPTIONAL = Pattern.compile("\\(neu co\\)");
    private static final Pattern DISCRETIONARY = Pattern.compile("(?:can cu|tuy)(?: vao| theo)? tinh hinh thuc te");
    private static final Pattern DISCRETION_LEAD = Pattern.compile("^(?:can cu|tuy)(?: vao| theo)? tinh hinh thuc te"
            + "(?: tai dia phuong| o dia phuong)?, ");
    private static final Pattern DOTTED_NUMBER = Pattern.compile("[0-9.]+");
    private static final Pattern YEAR_AT_END = Pattern.compile("(?<![0-9a-z])nam ([0-9]{4})\\.*$");
    private static final Pattern YEAR_WITHIN = Pattern.compile("trong nam ([0-9]{4})(?![0-9])");

    /** The text of one task before interpretation, with the time and actors of its own (a table row's). */
    private record Draft(SourceLine line, Optional<String> description, Optional<String> content, Optional<String> form,
            Optional<Schedule> schedule, List<Assignment> assignments) {

        Draft(SourceLine line, Optional<String> description, Optional<String> content, Optional<String> form) {
            this(line, description, content, form, Optional.empty(), List.of());
        }
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

    /** The tasks of a part, and the lines of it that are no task (introductions, rules, a table's groups). */
    record Built(List<Task> tasks, List<String> paragraphs) {
    }

    /** The columns of a table of tasks, by the words of its header row; -1 for a column it lacks. */
    private record Columns(int number, int content, int time, int lead, int coordinate) {
    }

    /**
     * Turns the body of a part into tasks.
     *
     * @param sectionId the id of the part's section, the prefix of the tasks' ids
     * @param part the part
     * @param heading the part's heading as a task may use it (its kinds), or "" when it names an actor
     * @param level the level "cùng cấp" means here
     * @param inherited the time a part above gives ("Đợt 1: Từ ngày … đến ngày …")
     * @param procedure whether the part is (in) a procedure ("Quy trình …", "Nội dung, trình tự, thủ tục"),
     *     whose only tasks are its numbered steps "(1) …", "(2) …"
     * @return the tasks and the paragraphs
     */
    Built tasks(String sectionId, Structure.Part part, String heading, Optional<AdministrativeLevel> level,
            Optional<Schedule> inherited, boolean procedure) {
        List<Structure.BodyText> items = part.body();
        boolean leaf = part.parts().isEmpty();
        List<Structure.BodyText> plain = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        Optional<String> content = Optional.empty();
        Optional<String> form = Optional.empty();
        Optional<Schedule> schedule = Optional.empty();
        List<Structure.BodyText> timeLines = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<Assignment> fieldAssignments = new ArrayList<>();
        List<Draft> rows = new ArrayList<>();
        Columns columns = null;
        SourceLine first = null;
        for (int i = 0; i < items.size(); i++) {
            Structure.BodyText item = items.get(i);
            List<String> cells = item.line().cells();
            if (!cells.isEmpty() && item.line().number() != part.line().number()) {
                if (columns == null) {
                    columns = columns(cells);
                    if (columns != null) {
                        continue;
                    }
                } else {
                    row(item, cells, columns, level).ifPresentOrElse(rows::add, () -> paragraphs.add(item.text()));
                    continue;
                }
            }
            if (item.line().number() == part.line().number() && Schedules.startsWithTime(Fold.fold(item.text()))) {
                // the time after the heading ("Đợt 1: Từ ngày … đến ngày …"), read by the interpreter for the part
                paragraphs.add(item.text());
                continue;
            }
            Matcher m = FIELD.matcher(Fold.fold(item.text()));
            if (!m.matches() || m.group(2).strip().split(" ").length > 4) {
                plain.add(item);
                continue;
            }
            String label = item.text().substring(0, m.start(3)).strip();
            String value = item.text().substring(m.start(3)).strip();
            String field = m.group(1);
            if (value.isBlank() && field.startsWith("thoi gian")) {
                // "* Thời gian thực hiện:" then "+ Đợt 1: từ ngày … đến ngày …", "+ Đợt 2: …": the bullets
                // after it are its list
                List<String> rounds = new ArrayList<>();
                while (i + 1 < items.size() && (items.get(i + 1).line().raw().startsWith("+")
                        || items.get(i + 1).line().bullet())) {
                    i++;
                    rounds.add(items.get(i).text());
                    timeLines.add(items.get(i));
                }
                timeLines.add(item);
                Optional<Schedule> span = Schedules.span(rounds);
                if (span.isPresent()) {
                    schedule = span;
                    notes.add(item.line(), ImportCode.SCHEDULE_INTERPRETED);
                } else {
                    notes.add(item.line(), ImportCode.SCHEDULE_UNREADABLE);
                }
                continue;
            }
            if (value.isBlank()) {
                plain.add(item);
                continue;
            }
            switch (field) {
                case "noi dung":
                    content = Optional.of(content.map(c -> c + " " + value).orElse(value));
                    first = first == null ? item.line() : first;
                    break;
                case "hinh thuc":
                    form = Optional.of(form.map(f -> f + " " + value).orElse(value));
                    first = first == null ? item.line() : first;
                    break;
                case "thoi gian":
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
                default:
                    Role role = LEAD_FIELDS.contains(field) ? Role.LEAD
                            : COORDINATE_FIELDS.contains(field) ? Role.COORDINATE : null;
                    List<String> ids = role == null ? List.of() : bodies(value, level, item.line());
                    ids.forEach(id -> fieldAssignments.add(Assignment.of(id, role)));
                    if (ids.isEmpty()) {
                        details.add(label + " " + value);
                    }
                    first = first == null ? item.line() : first;
                    break;
            }
        }
        boolean attributes = !details.isEmpty() || !fieldAssignments.isEmpty();
        List<Draft> drafts = new ArrayList<>();
        plain = plain.stream().flatMap(item -> steps(item).stream()).collect(Collectors.toList());
        List<Structure.BodyText> enumerated = plain.stream()
                .filter(item -> ENUMERATED.matcher(item.text()).lookingAt()).collect(Collectors.toList());
        String foldedHeading = Fold.fold(heading);
        if (procedure) {
            // a procedure says how things are done; its numbered steps are the tasks
            for (Structure.BodyText item : plain) {
                if (enumerated.contains(item)) {
                    drafts.add(new Draft(item.line(), Optional.of(item.text()), Optional.empty(), Optional.empty()));
                } else {
                    paragraphs.add(item.text());
                }
            }
            paragraphs.addAll(details);
        } else if (RULES_HEADING.matcher(foldedHeading).lookingAt()) {
            // "Quy định về …", "Nguyên tắc …": the part states rules, not tasks
            plain.forEach(item -> paragraphs.add(item.text()));
            paragraphs.addAll(details);
        } else if (enumerated.size() >= 2) {
            // "(1) Tổ chức hiệp thương lần thứ nhất: …", "(2) …": each numbered item is a task
            for (Structure.BodyText item : plain) {
                if (enumerated.contains(item)) {
                    drafts.add(new Draft(item.line(), Optional.of(item.text()), Optional.empty(), Optional.empty()));
                } else {
                    paragraphs.add(item.text());
                }
            }
            paragraphs.addAll(details);
        } else if (content.isPresent() || form.isPresent()) {
            if (plain.size() > 1) {
                notes.add(plain.get(1).line(), ImportCode.BULLETS_MERGED);
            }
            Optional<String> description = withDetails(plain.stream().map(Structure.BodyText::text)
                    .reduce((a, b) -> a + " " + b), details);
            drafts.add(new Draft(plain.isEmpty() ? first : plain.get(0).line(), description, content, form));
        } else if (leaf && statesTask(foldedHeading)
                && (attributes || plain.isEmpty() || 2 * actions(plain) <= plain.size())) {
            // a numbered item that states the task, with its details ("- Thời gian hoàn thành:", "- Đơn vị
            // chủ trì:", aspects to check) under it
            if (!plain.isEmpty()) {
                notes.add(plain.get(0).line(), ImportCode.BULLETS_MERGED);
            }
            List<String> more = new ArrayList<>();
            plain.forEach(item -> more.add(item.text()));
            more.addAll(details);
            drafts.add(new Draft(part.line(), withDetails(Optional.of(heading), more), Optional.empty(),
                    Optional.empty()));
        } else if (attributes) {
            if (plain.size() > 1) {
                notes.add(plain.get(1).line(), ImportCode.BULLETS_MERGED);
            }
            Optional<String> description = plain.stream().map(Structure.BodyText::text).reduce((a, b) -> a + " " + b)
                    .or(() -> Optional.of(heading).filter(h -> !h.isEmpty()));
            drafts.add(new Draft(plain.isEmpty() ? part.line() : plain.get(0).line(), withDetails(description, details),
                    Optional.empty(), Optional.empty()));
        } else if (!leaf && statesTask(foldedHeading) && 2 * actions(plain) <= plain.size()) {
            // the aspects of the work its parts carry out
            plain.forEach(item -> paragraphs.add(item.text()));
            paragraphs.addAll(details);
        } else {
            for (Structure.BodyText item : plain) {
                if (!leaf && !item.line().bullet()) {
                    // the introduction of a part that has parts of its own
                    paragraphs.add(item.text());
                } else {
                    drafts.add(new Draft(item.line(), Optional.of(item.text()), Optional.empty(), Optional.empty()));
                }
            }
        }
        if (drafts.isEmpty() && rows.isEmpty()) {
            timeLines.forEach(item -> notes.add(item.line(), ImportCode.LINE_OUTSIDE_STRUCTURE));
        }
        Optional<Schedule> time = schedule.or(() -> inherited);
        List<Task> tasks = new ArrayList<>();
        for (Draft draft : drafts) {
            tasks.add(task(sectionId + "-" + (tasks.size() + 1), draft, heading, level, time, fieldAssignments));
        }
        for (Draft row : rows) {
            tasks.add(task(sectionId + "-" + (tasks.size() + 1), row, "", level, row.schedule.or(() -> time),
                    row.assignments));
        }
        return new Built(tasks, paragraphs);
    }

    private static Optional<String> withDetails(Optional<String> base, List<String> details) {
        if (details.isEmpty()) {
            return base;
        }
        String more = String.join(" ", details);
        return Optional.of(base.map(text -> text + " " + more).orElse(more));
    }

    /**
     * Whether a heading states a piece of work: it starts with an action ("Kiểm tra …", "Tổ chức …"), or
     * is a sentence of ten words or more ("Tập trung triển khai, nâng cao chất lượng …").
     */
    private static boolean statesTask(String foldedHeading) {
        return ACTION.matcher(foldedHeading).lookingAt() || foldedHeading.split(" ").length >= 10;
    }

    /**
     * The steps numbered inside one line, "(1) Họp Ban lãnh đạo …; (2) Hội nghị …", each as its own
     * text (what comes before the first is its own too); a line with fewer than two such steps as it is.
     */
    private static List<Structure.BodyText> steps(Structure.BodyText item) {
        Matcher step = INLINE_STEP.matcher(item.text());
        List<Integer> starts = new ArrayList<>();
        while (step.find()) {
            if (Integer.parseInt(step.group(1)) == starts.size() + 1) {
                starts.add(step.start());
            }
        }
        if (starts.size() < 2) {
            return List.of(item);
        }
        List<Structure.BodyText> steps = new ArrayList<>();
        String before = item.text().substring(0, starts.get(0)).strip();
        if (!before.isEmpty()) {
            steps.add(new Structure.BodyText(item.line(), before));
        }
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : item.text().length();
            String text = Fold.stripOne(item.text().substring(starts.get(k), end).strip(), ";,").strip();
            steps.add(new Structure.BodyText(item.line(), text));
        }
        return steps;
    }

    /** How many items state an action: they start with one, or with a body that acts ("Ban Thường trực … phối hợp …"). */
    private static int actions(List<Structure.BodyText> items) {
        int count = 0;
        for (Structure.BodyText item : items) {
            String folded = item.line().folded();
            List<Actors.Mention> mentions = Actors.mentions(item.text());
            if (ACTION.matcher(folded).lookingAt() || folded.startsWith("can cu ")
                    || !mentions.isEmpty() && mentions.get(0).start() == 0) {
                count++;
            }
        }
        return count;
    }

    /** The bodies a field's value names ("Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã"). */
    private List<String> bodies(String value, Optional<AdministrativeLevel> level, SourceLine line) {
        List<String> ids = new ArrayList<>();
        for (Actors.Mention mention : Actors.mentions(value)) {
            actors.resolve(mention.name(), Actors.WRITTEN, level, line).filter(id -> !ids.contains(id)).ifPresent(ids::add);
        }
        return ids;
    }

    /** The columns of a table of tasks, when a row is its header: a content column and a time, lead or coordination column. */
    private static Columns columns(List<String> cells) {
        int number = -1;
        int content = -1;
        int time = -1;
        int lead = -1;
        int coordinate = -1;
        for (int c = 0; c < cells.size(); c++) {
            String f = Fold.fold(cells.get(c)).strip();
            if (number < 0 && (f.equals("stt") || f.equals("tt") || f.equals("so tt") || f.equals("so thu tu"))) {
                number = c;
            } else if (time < 0 && (f.startsWith("thoi gian") || f.startsWith("thoi han") || f.startsWith("tien do"))) {
                time = c;
            } else if (lead < 0 && (f.contains("chu tri") || f.contains("don vi thuc hien") || f.contains("trach nhiem"))) {
                lead = c;
            } else if (coordinate < 0 && f.contains("phoi hop")) {
                coordinate = c;
            } else if (content < 0 && (f.startsWith("noi dung") || f.startsWith("nhiem vu") || f.startsWith("cong viec")
                    || f.startsWith("hoat dong"))) {
                content = c;
            }
        }
        if (content < 0 || time < 0 && lead < 0 && coordinate < 0) {
            return null;
        }
        return new Columns(number, content, time, lead, coordinate);
    }

    /** A row of a table of tasks as a task; empty for a row that groups the rows under it ("I | Công tác tuyên truyền"). */
    private Optional<Draft> row(Structure.BodyText item, List<String> cells, Columns columns,
            Optional<AdministrativeLevel> level) {
        String description = cell(cells, columns.content());
        String number = cell(cells, columns.number());
        boolean rest = !cell(cells, columns.time()).isEmpty() || !cell(cells, columns.lead()).isEmpty()
                || !cell(cells, columns.coordinate()).isEmpty();
        if (description.isEmpty() || ROMAN_NUMBER.matcher(number).matches() || !rest && !DOTTED_NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        Optional<Schedule> schedule = Optional.empty();
        String time = cell(cells, columns.time());
        if (!time.isEmpty()) {
            Optional<Schedules.Reading> reading = Schedules.read(time);
            if (reading.isEmpty()) {
                notes.add(item.line(), ImportCode.SCHEDULE_UNREADABLE);
            } else {
                schedule = Optional.of(reading.get().schedule());
                if (!reading.get().exact()) {
                    notes.add(item.line(), ImportCode.SCHEDULE_INTERPRETED);
                }
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        for (int[] column : new int[][] {{columns.lead(), 0}, {columns.coordinate(), 1}}) {
            String value = cell(cells, column[0]);
            if (value.isEmpty()) {
                continue;
            }
            Role role = column[1] == 0 ? Role.LEAD : Role.COORDINATE;
            List<String> ids = bodies(value, level, item.line());
            ids.forEach(id -> assignments.add(Assignment.of(id, role)));
            if (ids.isEmpty()) {
                unnamed.add((role == Role.LEAD ? "Chủ trì: " : "Phối hợp: ") + value);
            }
        }
        Draft draft = new Draft(item.line(), withDetails(Optional.of(description), unnamed), Optional.empty(),
                Optional.empty(), schedule, assignments);
        return Optional.of(draft);
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }

    private Task task(String id, Draft draft, String heading, Optional<AdministrativeLevel> level,
            Optional<Schedule> schedule, List<Assignment> extra) {
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
        List<Assignment> assignments = new ArrayList<>(assignments(draft.description.or(() -> draft.content).orElse(""),
                parts, level, line));
        for (Assignment assignment : extra) {
            if (assignments.stream().noneMatch(a -> a.actorId().equals(assignment.actorId()))) {
                assignments.add(assignment);
            }
        }
        task.assignments(assignments);
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
        Matcher quoted = Abstracts.QUOTED.matcher(text);
        int end = -1;
        while (quoted.find(end < 0 ? at : end)) {
            String before = Fold.foldedBefore(text, at, quoted.start(), 20);
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
            String name = Fold.stripTrailing(rest.substring(" và ".length()).strip(), ".;,").strip();
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
