package vn.campaign.io.internal;

/**
 * Line and column of an offset in a document, counted the way an editor counts them.
 *
 * <p>Jackson counts columns in bytes when it reads bytes, so a Vietnamese letter of two or three
 * bytes would shift every column after it; these methods count Unicode code points instead. Lines
 * end at LF, CR or CR LF. Used only when an error is reported. Stateless and thread-safe.
 */
public final class Positions {

    private Positions() {
    }

    /**
     * Returns the line and column of a byte offset in UTF-8 text.
     *
     * @param utf8 the document, not null
     * @param offset the byte offset, clamped to the document
     * @return {@code {line, column}}, both from 1
     */
    public static int[] ofByte(byte[] utf8, long offset) {
        int end = (int) Math.max(0, Math.min(offset, utf8.length));
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            byte b = utf8[i];
            if (b == '\n') {
                if (i == 0 || utf8[i - 1] != '\r') {
                    line++;
                }
                column = 1;
            } else if (b == '\r') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * Returns the line and column of a character offset in text.
     *
     * @param text the document, not null
     * @param offset the UTF-16 offset, clamped to the text
     * @return {@code {line, column}}, both from 1
     */
    public static int[] ofChar(CharSequence text, int offset) {
        int end = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i == 0 || text.charAt(i - 1) != '\r') {
                    line++;
                }
                column = 1;
            } else if (c == '\r') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
