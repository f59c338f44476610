package vn.campaign.importer.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.ReferenceRelation;

/**
 * Finds the documents a text names ("Kế hoạch số 457/KH-MTTQ-BTT, ngày 12/01/2024 của … về …") and
 * keeps one reference per document. Not thread-safe; not part of the API.
 */
final class References {

    private static final Pattern SUBJECT = Pattern.compile(",? ?(ve|quy dinh) .*");
    private static final Pattern COMMA_LEAD = Pattern.compile("^,? ?");
    private static final Pattern NOT_DIGIT_ON = Pattern.compile("[^0-9].*$");

    private static final Pattern TYPE_WORD = Pattern.compile("(?<![a-z])(ke hoach|huong dan|nghi quyet lien tich"
            + "|nghi quyet|thong tu lien tich|thong tu|quyet dinh|chi thi|thong tri|nghi dinh|ket luan|chuong trinh"
            + "|cong van|thong bao|luat)(?![a-z])");
    /** A document number after its type word; at most 13 parts (a repeated group recurses once per part). */
    private static final Pattern NUMBER = Pattern.compile("\\G(?: so)?:? ?([0-9]+(?:/[0-9]{4})?[/-][a-z0-9]+(?:[-/][a-z0-9]+){0,12})");
    private static final Pattern DATE = Pattern.compile("\\G,? ?ngay ([0-9]{1,2}) ?(?:/|-|\\.| thang )([0-9]{1,2}) ?"
            + "(?:/|-|\\.| nam )([0-9]{4})");
    private static final Pattern ISSUER = Pattern.compile("\\G,? (?:cua|do) ");
    private static final Pattern SUBJECT_START = Pattern.compile(" (?=ve |quy dinh |huong dan )");
    private static final Map<String, DocumentType> TYPES = Map.ofEntries(
            Map.entry("ke hoach", DocumentType.PLAN), Map.entry("huong dan", DocumentType.GUIDANCE),
            Map.entry("nghi quyet", DocumentType.RESOLUTION),
            Map.entry("nghi quyet lien tich", DocumentType.JOINT_RESOLUTION),
            Map.entry("thong tu", DocumentType.CIRCULAR), Map.entry("thong tu lien tich", DocumentType.JOINT_CIRCULAR),
            Map.entry("quyet dinh", DocumentType.DECISION), Map.entry("chi thi", DocumentType.DIRECTIVE),
            Map.entry("thong tri", DocumentType.of("TTri")), Map.entry("nghi dinh", DocumentType.DECREE),
            Map.entry("ket luan", DocumentType.CONCLUSION), Map.entry("chuong trinh", DocumentType.PROGRAMME),
            Map.entry("cong van", DocumentType.of("CV")), Map.entry("thong bao", DocumentType.NOTICE),
            Map.entry("luat", DocumentType.LAW));

    /** A document named in a text. */
    private record Found(int start, int headEnd, DocumentType type, Optional<DocumentNumber> number,
            Optional<LocalDate> date, boolean issuerFollows) {
    }

    private final Map<String, DocumentReference> byKey = new LinkedHashMap<>();
    /** The line where each reference (by id) was first named. */
    private final Map<String, SourceLine> lines = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Actors actors;

    References(Actors actors) {
        this.actors = actors;
    }

    /**
     * Reads the documents a text names and returns the ids of those it names at the top level (not
     * inside the subject of another document).
     */
    List<String> read(String text, ReferenceRelation relation, Optional<AdministrativeLevel> context, SourceLine line) {
        String folded = Fold.fold(text);
        List<Found> found = find(text, folded);
        List<String> topLevel = new ArrayList<>();
        int openTail = -1;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int tail = tailEnd(text, folded, found, i);
            boolean nested = f.start < openTail;
            if (!nested) {
                openTail = tail;
            }
            String rest = text.substring(f.headEnd, Math.max(f.headEnd, tail));
            Optional<String> issuer = Optional.empty();
            Optional<String> subject = Optional.empty();
            if (f.issuerFollows) {
                String foldedRest = Fold.fold(rest);
                Matcher m = ISSUER.matcher(foldedRest);
                m.find(0);
                String afterIssuer = rest.substring(m.end());
                Matcher s = SUBJECT_START.matcher(Fold.fold(afterIssuer));
                if (s.find()) {
                    issuer = Optional.of(afterIssuer.substring(0, s.start()));
                    subject = Optional.of(afterIssuer.substring(s.end()));
                } else {
                    issuer = Optional.of(afterIssuer);
                }
            } else if (SUBJECT.matcher(Fold.fold(rest)).matches()) {
                subject = Optional.of(COMMA_LEAD.matcher(rest).replaceFirst(""));
            }
            issuer = issuer.map(References::trim).filter(s -> !s.isEmpty());
            subject = subject.map(References::trim).filter(s -> !s.isEmpty());
            String id = add(f, nested ? ReferenceRelation.CITED : relation, issuer, subject, context, line);
            if (!nested) {
                topLevel.add(id);
            }
        }
        return topLevel;
    }

    /** Whether a text names at least one document. */
    static boolean namesDocument(String text) {
        return !find(text, Fold.fold(text)).isEmpty();
    }

    private static List<Found> find(String text, String folded) {
        List<Found> found = new ArrayList<>();
        Matcher word = TYPE_WORD.matcher(folded);
        while (word.find()) {
            if (!Character.isUpperCase(text.charAt(word.start()))) {
                continue;
            }
            DocumentType type = TYPES.get(word.group(1));
            int end = word.end();
            Optional<DocumentNumber> number = Optional.empty();
            Matcher n = NUMBER.matcher(folded);
            if (n.find(end)) {
                try {
                    number = Optional.of(DocumentNumber.parse(text.substring(n.start(1), n.end(1))));
                    end = n.end();
                } catch (IllegalArgumentException e) {
                    number = Optional.empty();
                }
            }
            Optional<LocalDate> date = Optional.empty();
            Matcher d = DATE.matcher(folded);
            if (number.isPresent() && d.find(end)) {
                try {
                    date = Optional.of(LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                            Integer.parseInt(d.group(1))));
                    end = d.end();
                } catch (DateTimeException e) {
                    date = Optional.empty();
                }
            }
            boolean issuerFollows = ISSUER.matcher(folded).region(end, folded.length()).lookingAt();
            if (number.isEmpty() && !issuerFollows) {
                continue;
            }
            if (number.isPresent() && number.get().type().isPresent()) {
                type = number.get().type().get();
            }
            found.add(new Found(word.start(), end, type, number, date, issuerFollows));
        }
        return found;
    }

    /** Where the words about document {@code i} end: at ';', at the end of the sentence, or before "và" + another document. */
    private static int tailEnd(String text, String folded, List<Found> found, int i) {
        int from = found.get(i).headEnd;
        int end = text.length();
        int semicolon = text.indexOf(';', from);
        if (semicolon >= 0) {
            end = semicolon;
        }
        for (int p = from; p < end; p++) {
            if (text.charAt(p) == '.' && (p + 1 == text.length()
                    || text.charAt(p + 1) == ' ' && p + 2 < text.length() && Character.isUpperCase(text.charAt(p + 2)))) {
                end = p;
                break;
            }
        }
        for (int j = i + 1; j < found.size(); j++) {
            int start = found.get(j).start;
            if (start < end && folded.substring(0, start).endsWith(" va ")) {
                end = start - " va ".length();
                break;
            }
        }
        return end;
    }

    private static String trim(String text) {
        return Fold.stripTrailing(text.strip(), " \t;,.:").strip();
    }

    private String add(Found f, ReferenceRelation relation, Optional<String> issuer, Optional<String> subject,
            Optional<AdministrativeLevel> context, SourceLine line) {
        String key = f.number.map(DocumentNumber::toString)
                .orElse(f.type.code() + "|" + issuer.map(Fold::fold).orElse(""));
        DocumentReference existing = byKey.get(key);
        if (existing != null) {
            return existing.id();
        }
        Optional<String> issuerId = issuer.flatMap(name -> actors.resolve(name, Actors.WRITTEN, context, line));
        if (issuerId.isPresent() && f.number.isPresent()) {
            actors.symbolCode(issuerId.get(), f.number.get().issuerCode());
        }
        DocumentReference reference = DocumentReference.of(newId(f, issuer), relation, f.type);
        if (f.number.isPresent()) {
            reference = reference.withNumber(f.number.get());
        }
        if (f.date.isPresent()) {
            reference = reference.withDate(f.date.get());
        }
        if (issuer.isPresent()) {
            reference = reference.withIssuer(issuer.get(), issuerId.orElse(null));
        }
        if (subject.isPresent()) {
            reference = reference.withSubject(subject.get());
        }
        byKey.put(key, reference);
        lines.put(reference.id(), line);
        return reference.id();
    }

    private String newId(Found f, Optional<String> issuer) {
        String type = Fold.slug(f.type.code(), 8);
        String base;
        if (f.number.isPresent()) {
            DocumentNumber number = f.number.get();
            String digits = NOT_DIGIT_ON.matcher(number.toString()).replaceAll("");
            String year = f.date.map(date -> String.valueOf(date.getYear()))
                    .orElse(number.year().isPresent() ? String.valueOf(number.year().getAsInt()) : "");
            base = type + "-" + digits + (year.isEmpty() ? "" : "-" + year);
        } else {
            base = type + "-" + issuer.map(name -> Fold.slug(name, 40)).orElse("unnumbered");
        }
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Returns the reference with an id. */
    Optional<DocumentReference> get(String id) {
        return byKey.values().stream().filter(reference -> reference.id().equals(id)).findFirst();
    }

    /**
     * When no reference is the parent ("Thực hiện …"), makes the nearest Front document among the
     * legal bases ("Căn cứ Kế hoạch số 33/KH-MTTQ-BTT … của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")
     * the parent: a document of a Front body below the centre (symbol MTTQ) before one of the centre
     * (MTTW), a plan before other types, then the last named.
     *
     * @return the line of the reference made the parent, or empty when none was
     */
    Optional<SourceLine> parentFromLegalBasis() {
        if (byKey.values().stream().anyMatch(r -> r.relation() == ReferenceRelation.IMPLEMENTS)) {
            return Optional.empty();
        }
        String bestKey = null;
        int bestRank = -1;
        for (Map.Entry<String, DocumentReference> entry : byKey.entrySet()) {
            DocumentReference reference = entry.getValue();
            if (reference.relation() != ReferenceRelation.LEGAL_BASIS || reference.number().isEmpty()) {
                continue;
            }
            String issuer = reference.number().get().issuerCode();
            int rank = issuer.startsWith("MTTQ") ? 2 : issuer.startsWith("MTTW") ? 1 : 0;
            if (rank == 0) {
                continue;
            }
            rank = rank * 2 + (reference.type().equals(DocumentType.PLAN) ? 1 : 0);
            if (rank >= bestRank) {
                bestRank = rank;
                bestKey = entry.getKey();
            }
        }
        if (bestKey == null) {
            return Optional.empty();
        }
        DocumentReference basis = byKey.get(bestKey);
        byKey.put(bestKey, new DocumentReference(basis.id(), ReferenceRelation.IMPLEMENTS, basis.type(), basis.number(),
                basis.date(), basis.issuer(), basis.issuerId(), basis.subject(), basis.extensions()));
        return Optional.ofNullable(lines.get(basis.id()));
    }

    List<DocumentReference> build() {
        return List.copyOf(byKey.values());
    }
}
