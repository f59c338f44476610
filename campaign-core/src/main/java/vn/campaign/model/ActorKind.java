package vn.campaign.model;


/**
 * The kinds of body that issue plans, take duties or receive documents.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum ActorKind implements Labelled {
    /** A Front Committee (Ủy ban MTTQ) of one level. */
    FRONT_COMMITTEE("Ủy ban Mặt trận Tổ quốc Việt Nam", "Fatherland Front Committee"),
    /** The Standing Committee (Ban Thường trực), the executive of a Front Committee. */
    STANDING_COMMITTEE("Ban Thường trực Ủy ban MTTQ Việt Nam", "Standing Committee of the Front Committee"),
    /** The Presidium of the Front's Central Committee. */
    PRESIDIUM("Đoàn Chủ tịch", "Presidium"),
    /** The Front work team of a residential area. */
    RESIDENTIAL_AREA_TEAM("Ban công tác Mặt trận ở khu dân cư", "Front work team of a residential area"),
    /** A member organisation of the Front (Trade Union, Farmers', Women's, Youth Union, Veterans' and others). */
    MEMBER_ORGANISATION("Tổ chức thành viên", "Member organisation"),
    /** A Party committee or its standing body (for example Thường trực Huyện ủy). */
    PARTY_COMMITTEE("Cấp ủy Đảng", "Party committee"),
    /** A People's Council or its standing body. */
    PEOPLES_COUNCIL("Hội đồng nhân dân", "People's Council"),
    /** A People's Committee. */
    PEOPLES_COMMITTEE("Ủy ban nhân dân", "People's Committee"),
    /** A department, office or agency of a People's Committee (phòng, ban, ngành). */
    GOVERNMENT_DEPARTMENT("Cơ quan chuyên môn", "Government department"),
    /** A ministry or other state agency (for example Bộ Tài chính). */
    STATE_AGENCY("Cơ quan nhà nước", "State agency"),
    /** A campaign board (Ban vận động), for example of the For the Poor fund. */
    CAMPAIGN_BOARD("Ban vận động", "Campaign board"),
    /** An emulation cluster: a group of units that compete and review together. */
    EMULATION_CLUSTER("Cụm thi đua", "Emulation cluster"),
    /** Any other body. */
    OTHER("Khác", "Other");

    private final Labels labels;

    ActorKind(String vietnamese, String english) {
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

}
