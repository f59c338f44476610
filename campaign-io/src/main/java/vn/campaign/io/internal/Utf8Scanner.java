package vn.campaign.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The checks of UTF-8 that Jackson leaves to the reader, done on the bytes of a whole document.
 *
 * <p>Jackson checks most of UTF-8 as it parses, but decodes some ill-formed sequences without
 * complaint (overlong forms, encoded surrogates, code points above U+10FFFF), and reports where it
 * stopped rather than where a bad byte is. A first {@linkplain #scan scan} of every byte tells
 * whether anything needs a closer look; a plain document of Vietnamese text needs none. Stateless
 * and thread-safe.
 */
public final class Utf8Scanner {

    /** The UTF-8 byte order mark. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The length of the UTF-8 byte order mark, in bytes. */
    public static final int BOM_LENGTH = BOM.length;

    private Utf8Scanner() {
    }

    /** A bit of {@link #scan}: the document has a lead byte whose sequence Jackson does not check. */
    public static final int SUSPICIOUS = 1;

    /**
     * A bit of {@link #scan}: a string of the document may hold a surrogate, from a backslash escape
     * or a UTF-8 sequence of four bytes or one starting with ED.
     */
    public static final int MAY_HOLD_SURROGATES = 2;

    /** The bits of {@link #scan} each byte value sets. */
    private static final byte[] SCAN_BITS = scanBits();

    private static byte[] scanBits() {
        byte[] bits = new byte[256];
        bits['\\'] = MAY_HOLD_SURROGATES;
        for (int b : new int[] {0xC0, 0xC1, 0xE0}) {
            bits[b] = SUSPICIOUS;
        }
        bits[0xED] = SUSPICIOUS | MAY_HOLD_SURROGATES;
        for (int b = 0xF0; b <= 0xFF; b++) {
            bits[b] = SUSPICIOUS | MAY_HOLD_SURROGATES;
        }
        return bits;
    }

    /**
     * Looks at every byte once, with a table, for what would need a closer look: {@link #SUSPICIOUS}
     * sequences, and where strings may hold surrogates ({@link #MAY_HOLD_SURROGATES}). A plain
     * document of Vietnamese text has neither, and the reader then skips both checks.
     *
     * @param utf8 the document, not null
     * @return the bits found, {@link #SUSPICIOUS} and {@link #MAY_HOLD_SURROGATES}, or 0
     */
    public static int scan(byte[] utf8) {
        int bits = 0;
        int i = 0;
        int n = utf8.length;
        // Eight bytes at a time: a word without any byte of the table (a backslash, C0, C1, E0, ED, F0
        // to FF) is skipped whole, whatever else it holds (ASCII, the lead and continuation bytes of
        // Vietnamese letters); a word with one is looked at byte by byte.
        while (i + Long.BYTES <= n) {
            long word = (long) LONGS.get(utf8, i);
            if ((word & HIGH_BITS) == 0 && !hasByte(word, BACKSLASHES)
                    || !hasByte(word, BACKSLASHES) && !hasByte(word & ~ONES, C0S) && !hasByte(word, E0S)
                            && !hasByte(word, EDS) && !hasByte(word & F0S, F0S)) {
                i += Long.BYTES;
                continue;
            }
            for (int end = i + Long.BYTES; i < end; i++) {
                bits |= SCAN_BITS[utf8[i] & 0xFF];
            }
        }
        for (; i < n; i++) {
            bits |= SCAN_BITS[utf8[i] & 0xFF];
        }
        return bits;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    /** C0 in every byte; a byte masked with {@code ~1} equals it for C0 and C1. */
    private static final long C0S = 0xC0C0C0C0C0C0C0C0L;
    private static final long E0S = 0xE0E0E0E0E0E0E0E0L;
    private static final long EDS = 0xEDEDEDEDEDEDEDEDL;
    /** F0 in every byte; a byte masked with it equals it for F0 to FF. */
    private static final long F0S = 0xF0F0F0F0F0F0F0F0L;

    /**
     * Whether some byte of a word equals the byte repeated in {@code bytes}: the word XOR them has a
     * zero byte exactly then, and {@code (v - 0x01..) & ~v & 0x80..} is non-zero exactly when some
     * byte of {@code v} is zero (a borrow can only mark bytes above a zero byte, never invent one).
     */
    private static boolean hasByte(long word, long bytes) {
        long v = word ^ bytes;
        return ((v - ONES) & ~v & HIGH_BITS) != 0;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * Returns {@link #firstInvalidUtf8} of a document Jackson has parsed without complaint. Jackson
     * checks every continuation byte and refuses a stray one or a lead byte F8 to FF, so what it lets
     * through can only start with a lead byte of an overlong form (C0, C1, E0, F0), a surrogate (ED)
     * or a code point above U+10FFFF (F4 to F7); only those are looked at. None of them is a
     * continuation byte, so the scan cannot land inside a sequence.
     *
     * @param utf8 the document, which Jackson has parsed, not null
     * @return the offset of the first byte that is not well-formed UTF-8, or -1
     */
    public static int firstInvalidUtf8AfterParse(byte[] utf8) {
        for (int i = 0; i < utf8.length; i++) {
            if ((SCAN_BITS[utf8[i] & 0xFF] & SUSPICIOUS) != 0 && sequenceLength(utf8, i) < 0) {
                return firstInvalidUtf8(utf8);
            }
        }
        return -1;
    }

    /**
     * Returns the offset of the first byte that is not part of well-formed UTF-8 (Unicode, Table 3-7:
     * no overlong forms, no surrogates, nothing above U+10FFFF), or -1; the offset is where the JDK's
     * decoder would stop. A loop over the bytes rather than a {@code CharsetDecoder}, which decoded
     * into a buffer thrown away and cost a tenth of every read.
     *
     * @param utf8 the bytes, not null
     * @return the offset of the first byte that is not well-formed UTF-8, or -1
     */
    public static int firstInvalidUtf8(byte[] utf8) {
        int i = 0;
        while (i < utf8.length) {
            int length = utf8[i] >= 0 ? 1 : sequenceLength(utf8, i);
            if (length < 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** Returns the length of the well-formed sequence at an offset, or -1 if there is none. */
    private static int sequenceLength(byte[] utf8, int i) {
        int b = utf8[i] & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        int n = utf8.length;
        if (i + 1 >= n || (utf8[i + 1] & 0xFF) < low || (utf8[i + 1] & 0xFF) > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if (i + k >= n || (utf8[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    /**
     * Returns whether bytes start with the UTF-8 byte order mark, {@code EF BB BF}.
     *
     * @param json the bytes, not null
     * @return true if the first three bytes are the mark
     */
    public static boolean startsWithBom(byte[] json) {
        return json.length >= 3 && json[0] == BOM[0] && json[1] == BOM[1] && json[2] == BOM[2];
    }

    /**
     * Returns whether bytes look like UTF-16 or UTF-32 rather than UTF-8: a byte order mark of UTF-16,
     * or a zero byte in the first four (JSON starts with an ASCII character, which UTF-16 and UTF-32
     * write with zero bytes).
     *
     * @param json the bytes, after any UTF-8 byte order mark, not null
     * @return true if the bytes are not UTF-8
     */
    public static boolean looksLikeUtf16Or32(byte[] json) {
        if (json.length >= 2 && ((json[0] & 0xFF) == 0xFE && (json[1] & 0xFF) == 0xFF
                || (json[0] & 0xFF) == 0xFF && (json[1] & 0xFF) == 0xFE)) {
            return true;
        }
        for (int i = 0; i < Math.min(4, json.length); i++) {
            if (json[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the index of the first unpaired surrogate of a text, or -1 if it is Unicode text.
     *
     * @param text the text, not null
     * @return the index of the first char that is a surrogate without its pair, or -1
     */
    public static int firstUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
