package vn.campaign.io.internal;

/**
 * Columns in Unicode code points, as {@code PlanJson} gives them, for a parser that counts them in
 * bytes (when it reads bytes) or in UTF-16 units (when it reads characters): the parsers of an
 * application's own mapper, under {@code CampaignModule} and the Jackson 3 module.
 *
 * <p>JSON has non-ASCII text only inside strings and names, and no string spans lines, so the
 * extra units before a position are those of the strings and names before it on its line. The
 * parser's wrapper reports each string or name beyond ASCII ({@link #text}) and each step
 * ({@link #advance}), and converts columns with {@link #column}. Exact unless a string on that
 * line writes a non-ASCII letter as a {@code \}{@code u} escape. Plain tokens cost one comparison.
 *
 * <p>Mutable and not thread-safe: one per parser.
 */
public final class ColumnShift {

    /** The line of the last string or name beyond ASCII, 0 before the first. */
    private int line;
    /** Extra units on {@link #line} before the current token. */
    private int shift;
    /** Extra units of the current token, if it is a string or a name beyond ASCII. */
    private int own;

    /** Creates the count, before the first token. */
    public ColumnShift() {
    }

    /** Moves past the current token: its extra units now lie before the next one. */
    public void advance() {
        shift += own;
        own = 0;
    }

    /**
     * Returns whether a text is ASCII only, so that it shifts nothing.
     *
     * @param text the text, not null
     * @return true if every character is below U+0080
     */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records the current token, a string or a name beyond ASCII.
     *
     * @param text its text, not null
     * @param tokenLine the line it is on, from 1
     * @param bytes true if the parser counts bytes, false if UTF-16 units
     */
    public void text(String text, int tokenLine, boolean bytes) {
        if (tokenLine != line) {
            line = tokenLine;
            shift = 0;
        }
        int extra = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    extra += bytes ? 3 : 1;
                    i++;
                } else if (bytes) {
                    extra += c < 0x800 ? 1 : 2;
                }
            }
        }
        own = extra;
    }

    /**
     * Returns a column of the parser in code points.
     *
     * @param atLine the line of the position
     * @param column the parser's column there
     * @param afterCurrent whether the position may lie after the current token's start (the
     *     parser's position, an error) rather than at it
     * @return the column in code points, at least 1 where the parser's was
     */
    public int column(int atLine, int column, boolean afterCurrent) {
        if (atLine != line || column <= 0) {
            return column;
        }
        return Math.max(1, column - shift - (afterCurrent ? own : 0));
    }
}
