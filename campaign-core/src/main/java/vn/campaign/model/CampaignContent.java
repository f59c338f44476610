package vn.campaign.model;


/**
 * The five contents of the campaign “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.
 *
 * <p>As published by provincial Fronts; the wording varies slightly between documents.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum CampaignContent implements Labelled {
    /** Content 1: economy, sustainable poverty reduction, living standards. */
    ECONOMY_POVERTY_REDUCTION("Đoàn kết tham gia phát triển kinh tế, tích cực giúp nhau giảm nghèo bền vững, nâng cao đời sống, khuyến khích làm giàu chính đáng", "Economy, sustainable poverty reduction and living standards"),
    /** Content 2: cultural life, education, health, cultural families, gratitude and mutual help. */
    CULTURE_EDUCATION_HEALTH("Đoàn kết xây dựng đời sống văn hóa, chăm lo sự nghiệp giáo dục, chăm sóc sức khỏe nhân dân, xây dựng gia đình văn hóa, phát huy truyền thống đền ơn đáp nghĩa, tương thân, tương ái", "Cultural life, education, health, cultural families, gratitude and mutual help"),
    /** Content 3: environment and climate change. */
    ENVIRONMENT_CLIMATE("Đoàn kết tham gia bảo vệ môi trường, ứng phó với biến đổi khí hậu, xây dựng cảnh quan môi trường sáng, xanh, sạch, đẹp", "Environment and climate change"),
    /** Content 4: law and public order. */
    LAW_PUBLIC_ORDER("Đoàn kết chấp hành pháp luật, bảo đảm trật tự an toàn xã hội", "Law and public order"),
    /** Content 5: democracy, social supervision and criticism, a clean grassroots political system. */
    DEMOCRACY_SUPERVISION("Đoàn kết phát huy dân chủ, tích cực tham gia giám sát và phản biện xã hội, góp phần xây dựng hệ thống chính trị cơ sở trong sạch vững mạnh", "Democracy, supervision and a clean grassroots political system");

    private final Labels labels;

    CampaignContent(String vietnamese, String english) {
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
     * Returns the number of this content as the documents count them, 1 to 5.
     *
     * @return the number, 1 to 5
     */
    public int number() {
        return ordinal() + 1;
    }

}
