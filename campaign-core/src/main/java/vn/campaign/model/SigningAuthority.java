package vn.campaign.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The authority under which a signer signs (Decree 30/2020/NĐ-CP, as the Front uses it).
 *
 * <p>Unlike the other code lists, the codes of the JSON format are not the constant names but the
 * abbreviations a document writes, without their dot: {@code TM}, {@code KT}, {@code Q}, {@code TL},
 * {@code TUQ} ({@link #code()}, {@link #fromCode(String)}). This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum SigningAuthority implements Labelled {
    /** On behalf of a collective (thay mặt), code {@code TM}: “TM. BAN THƯỜNG TRỰC”. */
    ON_BEHALF_OF("TM", "On behalf of"),
    /** A deputy signing for the head (ký thay), code {@code KT}: “KT. CHỦ TỊCH”. */
    FOR_THE_HEAD("KT", "Signing for the head"),
    /** Acting head (quyền), code {@code Q}. */
    ACTING("Q", "Acting"),
    /** By order of the head (thừa lệnh), code {@code TL}. */
    BY_ORDER("TL", "By order"),
    /** By authorisation of the head (thừa ủy quyền), code {@code TUQ}. */
    BY_AUTHORISATION("TUQ", "By authorisation");

    private final String code;
    private final Labels labels;

    SigningAuthority(String code, String english) {
        this.code = code;
        this.labels = new Labels(code + ".", english);
    }

    /**
     * Returns the code of the JSON format: the abbreviation without its dot, such as {@code "TM"}.
     *
     * @return the code, never null
     */
    @Override
    public String code() {
        return code;
    }

    /**
     * Returns the labels: the prefix in Vietnamese, such as {@code "TM."}, and the English name.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Returns the prefix written before the signer's block, such as {@code "TM."}.
     *
     * @return the prefix, never null
     */
    public String prefix() {
        return labels.vietnamese();
    }

    /**
     * Returns the authority with a code of the JSON format.
     *
     * @param code the code, such as {@code "TM"}, not null; case-sensitive, without a dot
     * @return the authority, or empty if no authority has that code
     */
    public static Optional<SigningAuthority> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (SigningAuthority authority : values()) {
            if (authority.code.equals(code)) {
                return Optional.of(authority);
            }
        }
        return Optional.empty();
    }
}
