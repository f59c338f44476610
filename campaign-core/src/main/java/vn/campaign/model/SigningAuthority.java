package vn.campaign.model;

/**
 * The authority under which a signer signs (Decree 30/2020/NĐ-CP, as the Front uses it).
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 */
public enum SigningAuthority implements Labelled {
    /** On behalf of a collective (thay mặt): “TM. BAN THƯỜNG TRỰC”. */
    TM("TM.", "On behalf of"),
    /** A deputy signing for the head (ký thay). */
    KT("KT.", "Signing for the head"),
    /** Acting head (quyền). */
    Q("Q.", "Acting"),
    /** By order of the head (thừa lệnh). */
    TL("TL.", "By order"),
    /** By authorisation of the head (thừa ủy quyền). */
    TUQ("TUQ.", "By authorisation");

    private final Labels labels;

    SigningAuthority(String vietnamese, String english) {
        this.labels = new Labels(vietnamese, english);
    }

    @Override
    public String code() {
        return name();
    }

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

}
