package vn.campaign.internal.compliance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that carry the meaning of a task's text, for comparing the wording of two tasks: the
 * text in NFC and lower case, split at everything that is not a letter or a digit, without numbers
 * and without the filler words every plan repeats ("tổ chức", "thực hiện", "Cuộc vận động", the names
 * of the Front's bodies and levels). Two tasks about the same work share words; two tasks share filler
 * words whatever they are about, so filler words would make unrelated tasks look alike.
 *
 * <p>Each text has two sets of words: without tone marks but with the other diacritics (so "văn" and
 * "vấn" differ, and "hóa", the older "hoá" and an NFD "hóa" are one word), and folded (without any
 * diacritic, đ as d). Two texts that both carry diacritics are compared by the first; when one of them
 * was typed without diacritics ("ngay hoi dai doan ket"), both are compared folded.
 *
 * <p>Immutable and thread-safe. Not part of the API.
 */
record Wording(Set<String> words, Set<String> folded, boolean hasDiacritics) {

    /**
     * Filler words of plans: function words, the verbs of every task ("tổ chức", "thực hiện",
     * "triển khai", "tiếp tục", "đẩy mạnh"), the bodies and levels that every task names (Ban Thường
     * trực Ủy ban MTTQ Việt Nam, các cấp, huyện, xã), the campaign's own name and the time words.
     * Chosen from the tasks of the Kon Rẫy plan and its parent (inferred: a word list, not a source).
     */
    private static final Set<String> FILLER_WORDS = Set.copyOf(Arrays.asList((
            "và các của cho với trong trên tại theo để là có được những một năm về từ đến khi đã sẽ "
            + "này đó vào ra hoặc cùng như địa bàn "
            + "tổ chức thực hiện triển khai tiếp tục đẩy mạnh tăng cường chủ động xây dựng kế hoạch "
            + "công tác nội dung hình thức thời gian nhằm góp phần đảm bảo bảo "
            + "ban thường trực ủy mttq mặt trận tổ quốc việt nam ubmttq btt cấp "
            + "tỉnh huyện xã thị trấn thành phố phường địa phương đơn vị cơ quan "
            + "cuộc vận động toàn dân đoàn kết nông thôn mới đô thị minh "
            + "thường xuyên quý tháng").split(" ")));
    private static final Set<String> FILLER;
    private static final Set<String> FILLER_FOLDED;

    static {
        Set<String> words = new HashSet<>();
        Set<String> folded = new HashSet<>();
        for (String word : FILLER_WORDS) {
            words.add(withoutTones(word));
            folded.add(fold(word));
        }
        FILLER = Set.copyOf(words);
        FILLER_FOLDED = Set.copyOf(folded);
    }

    /**
     * Returns the wording of a text.
     *
     * @param text the text, not null
     * @return the wording, never null
     */
    static Wording of(CharSequence text) {
        String nfc = withoutTones(text);
        Set<String> words = new HashSet<>();
        Set<String> folded = new HashSet<>();
        boolean diacritics = false;
        int start = -1;
        for (int i = 0; i <= nfc.length(); i++) {
            boolean letter = i < nfc.length() && Character.isLetterOrDigit(nfc.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = nfc.substring(start, i);
                String plain = fold(word);
                diacritics |= !plain.equals(word);
                if (word.length() > 1 && !isNumber(word)) {
                    if (!FILLER.contains(word)) {
                        words.add(word);
                    }
                    if (!FILLER_FOLDED.contains(plain)) {
                        folded.add(plain);
                    }
                }
                start = -1;
            }
        }
        return new Wording(Set.copyOf(words), Set.copyOf(folded), diacritics);
    }

    /**
     * Returns how alike two wordings are: the mean of the Dice coefficient of their words (twice the
     * words they share over the words they have) and the overlap coefficient (the words they share
     * over the words of the shorter), compared as written when both carry diacritics, folded
     * otherwise; from 0 (nothing shared, or no word) to 1 (the same words). The overlap keeps a short
     * heading ("Tuyên truyền") close to the long paragraph that carries it out; the Dice keeps one
     * shared word from making two texts alike.
     *
     * @param other the other wording, not null
     * @return the similarity, from 0 to 1
     */
    double similarity(Wording other) {
        return hasDiacritics && other.hasDiacritics ? alike(words, other.words) : alike(folded, other.folded);
    }

    private static double alike(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int shared = 0;
        for (String word : smaller) {
            if (larger.contains(word)) {
                shared++;
            }
        }
        return (2.0 * shared / (a.size() + b.size()) + (double) shared / smaller.size()) / 2;
    }

    /** The text in lower case and NFC without the five tone marks; the other diacritics are kept. */
    static String withoutTones(CharSequence text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c != '\u0300' && c != '\u0301' && c != '\u0303' && c != '\u0309' && c != '\u0323') {
                plain.append(c);
            }
        }
        return Normalizer.normalize(plain, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The text in lower case without diacritics, đ as d. */
    static String fold(CharSequence text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            folded.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
