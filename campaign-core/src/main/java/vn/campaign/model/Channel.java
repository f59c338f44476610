package vn.campaign.model;


/**
 * The forms and channels through which a task reaches people (Hình thức).
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum Channel implements Labelled {
    /** People's meetings (hội nghị nhân dân). */
    PEOPLES_MEETING("Hội nghị nhân dân", "People's meeting"),
    /** Forums (diễn đàn). */
    FORUM("Diễn đàn", "Forum"),
    /** Meetings (cuộc họp). */
    MEETING("Cuộc họp", "Meeting"),
    /** Regular activities of mass organisations (sinh hoạt các tổ chức đoàn thể). */
    ORGANISATION_ACTIVITY("Sinh hoạt tổ chức đoàn thể", "Activity of mass organisations"),
    /** Conferences (hội nghị). */
    CONFERENCE("Hội nghị", "Conference"),
    /** Seminars and round tables (tọa đàm). */
    SEMINAR("Tọa đàm", "Seminar"),
    /** The official website (Trang thông tin điện tử). */
    WEBSITE("Trang thông tin điện tử", "Website"),
    /** Zalo groups and pages. */
    ZALO("Zalo", "Zalo"),
    /** Facebook pages. */
    FACEBOOK("Facebook", "Facebook"),
    /** Other official social media. */
    OTHER_SOCIAL_MEDIA("Mạng xã hội khác", "Other social media"),
    /** The grassroots loudspeaker system (loa truyền thanh). */
    LOUDSPEAKER("Loa truyền thanh", "Loudspeaker system"),
    /** Press, radio and television. */
    PRESS("Báo chí", "Press"),
    /** Billboards (pano). */
    BILLBOARD("Pano", "Billboard"),
    /** Posters (áp phích). */
    POSTER("Áp phích", "Poster"),
    /** Leaflets (tờ rơi). */
    LEAFLET("Tờ rơi", "Leaflet"),
    /** Printed propaganda material (tài liệu tuyên truyền). */
    PRINTED_MATERIAL("Tài liệu tuyên truyền", "Printed material"),
    /** Any other form. */
    OTHER("Khác", "Other");

    private final Labels labels;

    Channel(String vietnamese, String english) {
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
