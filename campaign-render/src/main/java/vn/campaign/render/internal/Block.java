package vn.campaign.render.internal;

import java.util.Objects;

/**
 * One block of the body of a rendered plan, independent of the output format. Not API.
 *
 * <p>All implementations are immutable records.
 */
public sealed interface Block {

    /**
     * A numbered heading ("II. NỘI DUNG …", "2.1. Về công tác tập huấn").
     *
     * @param depth 1 for a top section, 2 for its subsection, and so on
     * @param number the number as written, without the trailing dot
     * @param text the heading as written
     * @param sectionId the id of the section, for anchors
     */
    record Heading(int depth, String number, String text, String sectionId) implements Block {
        /** Checks for nulls. */
        public Heading {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(sectionId, "sectionId");
        }

        /**
         * Returns the number and heading as printed: {@code "2.1. Về công tác tập huấn"}.
         *
         * @return the line, never null
         */
        public String line() {
            return number + ". " + text;
        }
    }

    /**
     * A paragraph led by its numbered heading on the same line ("1. Mục đích: Tiếp tục …"), as the
     * documents write short subsections of section I.
     *
     * @param number the number, without the trailing dot
     * @param lead the heading, without the colon
     * @param text the paragraph
     */
    record LeadParagraph(String number, String lead, String text) implements Block {
        /** Checks for nulls. */
        public LeadParagraph {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(text, "text");
        }

        /**
         * Returns the lead as printed in bold: {@code "1. Mục đích:"}.
         *
         * @return the lead, never null
         */
        public String leadLine() {
            return number + ". " + lead + ":";
        }
    }

    /**
     * A paragraph of running text.
     *
     * @param text the text
     */
    record Paragraph(String text) implements Block {
        /** Checks for nulls. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A bullet ("- Nội dung: …"), with an optional label before a colon.
     *
     * @param label the label such as "Nội dung", or empty for none
     * @param text the text after the label
     */
    record Bullet(String label, String text) implements Block {
        /** Checks for nulls. */
        public Bullet {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }

        /**
         * Returns the bullet's text as printed, label included.
         *
         * @return the line without the dash, never null
         */
        public String line() {
            return label.isEmpty() ? text : label + ": " + text;
        }
    }
}
