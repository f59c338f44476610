package vn.campaign.render.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.model.Actor;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.FundingSource;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Signature;
import vn.campaign.model.Task;

/**
 * The parts of a plan as an official document lays them out (Decree 30/2020/NĐ-CP, Appendix I, as
 * the Front uses it), computed once and written by the Markdown, HTML and DOCX renderers alike so
 * that the three say the same thing. Not API.
 *
 * <p>Missing parts become the blanks an official fills in by hand: "Số: …/KH-MTTQ-BTT",
 * "…, ngày … tháng … năm …".
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentLayout {

    /** The blank an official fills in by hand. */
    public static final String BLANK = "…";

    private final List<String> parentBody;
    private final List<String> issuingBody;
    private final String numberLine;
    private final List<String> titleLines;
    private final String placeDateLine;
    private final String typeLine;
    private final String abstractLine;
    private final List<String> references;
    private final List<Block> body;
    private final Optional<String> closing;
    private final List<String> recipients;
    private final List<String> signatureHeads;
    private final Optional<String> signerName;

    private DocumentLayout(Plan plan, List<String> titleLines) {
        Optional<Actor> issuer = plan.issuer();
        Optional<Actor> parent = issuer.flatMap(Actor::parentId).flatMap(plan::actor);
        this.parentBody = parent.map(p -> List.of(upper(p.fullName()))).orElse(List.of());
        this.issuingBody = List.of(upper(issuer.map(i -> shortName(i, parent)).orElse(BLANK)));
        String symbol = plan.type().code() + issuer.flatMap(Actor::symbolCode).map(code -> "-" + code).orElse("");
        this.numberLine = "Số: " + plan.number().map(Object::toString).orElse(BLANK + "/" + symbol);
        this.titleLines = titleLines;
        this.placeDateLine = plan.place().orElse(BLANK) + ", " + plan.date().map(DocumentLayout::date)
                .orElse("ngày " + BLANK + " tháng " + BLANK + " năm " + BLANK);
        this.typeLine = upper(plan.type().label(Language.VI));
        this.abstractLine = plan.title();
        List<String> refs = new ArrayList<>();
        for (DocumentReference reference : plan.references()) {
            if (reference.relation() == ReferenceRelation.IMPLEMENTS
                    || reference.relation() == ReferenceRelation.LEGAL_BASIS) {
                refs.add(referenceSentence(reference));
            }
        }
        this.references = List.copyOf(refs);
        List<Block> blocks = new ArrayList<>();
        plan.preamble().ifPresent(text -> blocks.add(new Block.Paragraph(text)));
        boolean[] fundingDone = {false};
        for (Section section : plan.sections()) {
            section(plan, section, 1, blocks, fundingDone);
        }
        this.body = List.copyOf(blocks);
        this.closing = plan.closing();
        List<String> lines = new ArrayList<>();
        List<Recipient> all = plan.recipients();
        for (int i = 0; i < all.size(); i++) {
            lines.add(recipient(all.get(i), i == all.size() - 1));
        }
        this.recipients = List.copyOf(lines);
        Optional<Signature> signature = plan.signature();
        List<String> heads = new ArrayList<>();
        signature.ifPresent(s -> {
            s.authority().ifPresent(authority -> heads.add(authority.prefix() + " " + upper(s.onBehalfOf().orElse(""))
                    .strip()));
            heads.add(upper(s.position()));
        });
        this.signatureHeads = List.copyOf(heads);
        this.signerName = signature.map(Signature::signerName);
    }

    /**
     * Lays out a plan.
     *
     * @param plan the plan, not null
     * @param titleLines the lines of the title at the top right, top to bottom, not null (those of
     *     the renderer's {@code HeaderTitle}: the layout takes the text so as not to depend on the API
     *     package above it)
     * @return the layout, never null
     */
    public static DocumentLayout of(Plan plan, List<String> titleLines) {
        Objects.requireNonNull(plan, "plan");
        return new DocumentLayout(plan, List.copyOf(Objects.requireNonNull(titleLines, "titleLines")));
    }

    private static void section(Plan plan, Section section, int depth, List<Block> blocks, boolean[] fundingDone) {
        boolean lead = depth > 1 && section.tasks().isEmpty() && section.subsections().isEmpty()
                && section.paragraphs().size() == 1 && section.kind() != SectionKind.FUNDING;
        if (lead) {
            blocks.add(new Block.LeadParagraph(section.number(), section.heading(), section.paragraphs().get(0)));
            return;
        }
        blocks.add(new Block.Heading(depth, section.number(), section.heading(), section.id()));
        for (String paragraph : section.paragraphs()) {
            blocks.add(new Block.Paragraph(paragraph));
        }
        // Duties of an actor (section IV) carry their time inside the sentence ("Thường xuyên kiểm
        // tra …"); a separate "Thời gian thực hiện" line there would say it twice.
        boolean timeLines = section.kind() != SectionKind.ORGANISATION;
        for (Task task : section.tasks()) {
            task.description().ifPresent(text -> blocks.add(new Block.Bullet("", text)));
            task.content().ifPresent(text -> blocks.add(new Block.Bullet("Nội dung", text)));
            task.form().ifPresent(text -> blocks.add(new Block.Bullet("Hình thức", text)));
            if (timeLines) {
                task.schedule().ifPresent(schedule -> blocks.add(
                        new Block.Bullet("Thời gian thực hiện", schedule + ".")));
            }
        }
        if (section.kind() == SectionKind.FUNDING && !fundingDone[0]) {
            fundingDone[0] = true;
            for (FundingSource source : plan.funding().sources()) {
                blocks.add(new Block.Bullet("Nguồn " + lowerFirst(source.kind().label(Language.VI)),
                        source.description()));
            }
            plan.funding().budgetLines().forEach(line -> blocks.add(new Block.Bullet(
                    line.description().orElse(line.item().label(Language.VI)), line.amount() + ".")));
        }
        for (Section sub : section.subsections()) {
            section(plan, sub, depth + 1, blocks, fundingDone);
        }
    }

    private static String referenceSentence(DocumentReference reference) {
        // A Front circular (Thông tri) shares the type code TT with a normative circular (Thông tư);
        // its number tells which.
        String type = reference.number().filter(DocumentNumber::isFrontCircular).flatMap(DocumentNumber::typeLabels)
                .map(labels -> labels.in(Language.VI)).orElse(reference.type().label(Language.VI));
        StringBuilder text = new StringBuilder(reference.relation().label(Language.VI)).append(' ').append(type);
        reference.number().ifPresent(number -> text.append(" số ").append(number));
        reference.date().ifPresent(date -> text.append(", ngày ").append(String.format(Locale.ROOT,
                "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())));
        reference.issuer().ifPresent(issuer -> text.append(" của ").append(issuer));
        reference.subject().ifPresent(subject -> text.append(' ').append(subject));
        return text.append(';').toString();
    }

    private static String recipient(Recipient recipient, boolean last) {
        String line;
        if (recipient.purpose() == RecipientPurpose.FILE_COPY) {
            line = "Lưu " + recipient.name();
        } else if (recipient.purpose() == RecipientPurpose.INFORMATION) {
            line = recipient.name();
        } else {
            line = recipient.name() + " " + recipient.purpose().label(Language.VI);
        }
        return line + (last ? "." : ";");
    }

    /**
     * Under its parent the issuer is named without the parent's name: "Ban Thường trực Ủy ban MTTQ
     * Việt Nam huyện" under "Ủy ban MTTQ Việt Nam huyện" is "Ban Thường trực".
     */
    static String shortName(Actor issuer, Optional<Actor> parent) {
        if (parent.isPresent()) {
            String name = issuer.name();
            String parentName = parent.get().name();
            if (name.length() > parentName.length() && name.endsWith(parentName)) {
                return name.substring(0, name.length() - parentName.length()).strip();
            }
            return name;
        }
        return issuer.fullName();
    }

    /** Decree 30/2020/NĐ-CP, Appendix I: days below 10 and the months 1 and 2 take a leading zero. */
    static String date(LocalDate date) {
        int month = date.getMonthValue();
        return String.format(Locale.ROOT, "ngày %02d tháng %s năm %d", date.getDayOfMonth(),
                month <= 2 ? "0" + month : Integer.toString(month), date.getYear());
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text
                : text.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }

    /**
     * Returns the characters of text of the laid-out document, every line and block counted.
     *
     * @return the length
     */
    public long textLength() {
        long length = numberLine.length() + placeDateLine.length() + typeLine.length() + abstractLine.length()
                + closing.map(String::length).orElse(0) + signerName.map(String::length).orElse(0);
        for (List<String> lines : List.of(parentBody, issuingBody, titleLines, references, recipients, signatureHeads)) {
            for (String line : lines) {
                length += line.length();
            }
        }
        for (Block block : body) {
            if (block instanceof Block.Heading) {
                length += ((Block.Heading) block).line().length();
            } else if (block instanceof Block.LeadParagraph) {
                length += ((Block.LeadParagraph) block).leadLine().length() + ((Block.LeadParagraph) block).text().length();
            } else if (block instanceof Block.Paragraph) {
                length += ((Block.Paragraph) block).text().length();
            } else {
                length += ((Block.Bullet) block).line().length();
            }
        }
        return length;
    }

    /**
     * Returns the parent body's lines, upper case; empty when the issuer has no parent.
     *
     * @return the lines, never null
     */
    public List<String> parentBody() {
        return parentBody;
    }

    /**
     * Returns the issuing body's lines, upper case.
     *
     * @return the lines, never null
     */
    public List<String> issuingBody() {
        return issuingBody;
    }

    /**
     * Returns "Số: 457/KH-MTTQ-BTT" or, without a number, "Số: …/KH-MTTQ-BTT".
     *
     * @return the line, never null
     */
    public String numberLine() {
        return numberLine;
    }

    /**
     * Returns the title lines: the national title and motto, or the Front's line.
     *
     * @return one or two lines, never null
     */
    public List<String> titleLines() {
        return titleLines;
    }

    /**
     * Returns "Kon Rẫy, ngày 05 tháng 02 năm 2024" or its blanks.
     *
     * @return the line, never null
     */
    public String placeDateLine() {
        return placeDateLine;
    }

    /**
     * Returns the document type in upper case, "KẾ HOẠCH".
     *
     * @return the line, never null
     */
    public String typeLine() {
        return typeLine;
    }

    /**
     * Returns the abstract.
     *
     * @return the line, never null
     */
    public String abstractLine() {
        return abstractLine;
    }

    /**
     * Returns the sentences naming the parent plan and legal bases ("Thực hiện Kế hoạch số …;").
     *
     * @return the sentences, never null
     */
    public List<String> references() {
        return references;
    }

    /**
     * Returns the body: the preamble, then the sections.
     *
     * @return the blocks in document order, never null
     */
    public List<Block> body() {
        return body;
    }

    /**
     * Returns the closing line, if the plan has one.
     *
     * @return the line, or empty
     */
    public Optional<String> closing() {
        return closing;
    }

    /**
     * Returns the lines of "Nơi nhận", with markers and the final full stop.
     *
     * @return the lines, never null
     */
    public List<String> recipients() {
        return recipients;
    }

    /**
     * Returns the upper-case lines of the signature block above the signature: authority and
     * collective, then the position.
     *
     * @return the lines, empty for an unsigned draft, never null
     */
    public List<String> signatureHeads() {
        return signatureHeads;
    }

    /**
     * Returns the signer's name.
     *
     * @return the name, or empty for an unsigned draft
     */
    public Optional<String> signerName() {
        return signerName;
    }
}
