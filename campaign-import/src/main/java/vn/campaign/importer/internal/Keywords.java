package vn.campaign.importer.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.Channel;
import vn.campaign.model.TaskKind;

/**
 * The keyword tables that read task kinds, channels and campaign contents from folded text. Kinds
 * marked {@code glossary} come from the glossary of the domain notes (§1); the others are inferred
 * from wording and reported as guesses. Not part of the API.
 */
final class Keywords {

    /** A kind named at a position of a text. */
    record KindHit(TaskKind kind, int position, boolean glossary) {
    }

    private record KindEntry(Pattern pattern, TaskKind kind, boolean glossary) {
    }

    private record ChannelEntry(Pattern pattern, Channel channel) {
    }

    private static final List<KindEntry> KINDS = List.of(
            kind("tuyen truyen", TaskKind.PROPAGANDA, true),
            kind("tap huan", TaskKind.TRAINING, true),
            kind("hoc tap (?:trao doi )?kinh nghiem|trao doi kinh nghiem", TaskKind.EXPERIENCE_EXCHANGE, true),
            kind("mo hinh", TaskKind.MODEL_BUILDING, true),
            kind("ngay hoi dai doan ket", TaskKind.GREAT_UNITY_FESTIVAL, true),
            kind("ngay hoi khac|ngay hoi toan dan bao ve an ninh|banh chung xanh", TaskKind.LOCAL_FESTIVAL, false),
            kind("cong tac phoi hop|chuong trinh phoi hop|phoi hop nguon luc", TaskKind.COORDINATION, false),
            kind("kien toan ban van dong", TaskKind.CAMPAIGN_BOARD, true),
            kind("quy .?vi nguoi ngheo", TaskKind.FOR_THE_POOR_FUND, true),
            kind("hoi nghi, toa dam|toa dam|hoi nghi chuyen de", TaskKind.CONFERENCE, false),
            kind("kiem tra,? giam sat", TaskKind.INSPECTION_SUPERVISION, true),
            kind("so ket", TaskKind.INTERIM_REVIEW, true),
            kind("tong ket", TaskKind.FINAL_REVIEW, true),
            kind("danh gia 0?1 nam|danh gia ket qua", TaskKind.FINAL_REVIEW, false),
            kind("bieu duong|khen thuong", TaskKind.COMMENDATION, true),
            kind("xay dung ke hoach|co ke hoach|xay dung chuong trinh", TaskKind.PLANNING, false),
            kind("huong dan (?:ban|doan|hoi|cac|cap duoi|co so)", TaskKind.GUIDANCE, false),
            kind("du toan", TaskKind.BUDGET_ESTIMATE, true),
            kind("cum thi dua", TaskKind.EMULATION, false),
            kind("ho ngheo|ho can ngheo", TaskKind.POVERTY_SUPPORT, false));

    private static final List<ChannelEntry> CHANNELS = List.of(
            channel("hoi nghi nhan dan", Channel.PEOPLES_MEETING),
            channel("hoi nghi", Channel.CONFERENCE),
            channel("dien dan", Channel.FORUM),
            channel("cuoc hop", Channel.MEETING),
            channel("sinh hoat(?: cac)?(?: to chuc)? doan the|sinh hoat", Channel.ORGANISATION_ACTIVITY),
            channel("toa dam", Channel.SEMINAR),
            channel("trang thong tin dien tu|cong thong tin dien tu", Channel.WEBSITE),
            channel("zalo", Channel.ZALO),
            channel("facebook", Channel.FACEBOOK),
            channel("loa truyen thanh|he thong loa|dai truyen thanh", Channel.LOUDSPEAKER),
            channel("bao chi", Channel.PRESS),
            channel("pano", Channel.BILLBOARD),
            channel("ap phich", Channel.POSTER),
            channel("to roi", Channel.LEAFLET),
            channel("tai lieu tuyen truyen", Channel.PRINTED_MATERIAL));

    private static final Pattern SOCIAL_MEDIA = Pattern.compile("(?<![a-z])mang xa hoi(?![a-z])");
    private static final Pattern ALL_CONTENTS = Pattern.compile("(?<![0-9a-z])(?:0?5|nam) noi dung");
    private static final Map<CampaignContent, Pattern> CONTENTS = new EnumMap<>(CampaignContent.class);

    static {
        CONTENTS.put(CampaignContent.ECONOMY_POVERTY_REDUCTION,
                word("ho ngheo|ho can ngheo|thoat ngheo|giam ngheo|phat trien kinh te"));
        CONTENTS.put(CampaignContent.CULTURE_EDUCATION_HEALTH,
                word("doi song van hoa|gia dinh van hoa|giao duc|cham soc suc khoe"));
        CONTENTS.put(CampaignContent.ENVIRONMENT_CLIMATE, word("moi truong|bien doi khi hau"));
        CONTENTS.put(CampaignContent.LAW_PUBLIC_ORDER, word("chap hanh phap luat|trat tu an toan xa hoi"));
        CONTENTS.put(CampaignContent.DEMOCRACY_SUPERVISION, word("phan bien xa hoi|phat huy dan chu"));
    }

    private Keywords() {
    }

    private static Pattern word(String regex) {
        return Pattern.compile("(?<![a-z0-9])(?:" + regex + ")(?![a-z0-9])");
    }

    private static KindEntry kind(String regex, TaskKind kind, boolean glossary) {
        return new KindEntry(word(regex), kind, glossary);
    }

    private static ChannelEntry channel(String regex, Channel channel) {
        return new ChannelEntry(word(regex), channel);
    }

    /** Returns each kind the folded text names, at its first position, in order of position. */
    static List<KindHit> kinds(String folded) {
        Map<TaskKind, KindHit> first = new EnumMap<>(TaskKind.class);
        for (KindEntry entry : KINDS) {
            Matcher m = entry.pattern.matcher(folded);
            if (m.find()) {
                KindHit old = first.get(entry.kind);
                first.put(entry.kind, old == null ? new KindHit(entry.kind, m.start(), entry.glossary)
                        : new KindHit(entry.kind, Math.min(old.position(), m.start()), old.glossary() || entry.glossary));
            }
        }
        List<KindHit> hits = new ArrayList<>(first.values());
        hits.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return hits;
    }

    /** Returns the channels the folded text names, in order of first mention. */
    static List<Channel> channels(String folded) {
        List<int[]> taken = new ArrayList<>();
        List<int[]> found = new ArrayList<>();
        for (ChannelEntry entry : CHANNELS) {
            Matcher m = entry.pattern.matcher(folded);
            int firstAt = -1;
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (taken.stream().anyMatch(span -> start < span[1] && end > span[0])) {
                    continue;
                }
                taken.add(new int[] {start, end});
                if (firstAt < 0) {
                    firstAt = start;
                }
            }
            if (firstAt >= 0) {
                found.add(new int[] {firstAt, entry.channel.ordinal()});
            }
        }
        boolean named = found.stream().anyMatch(f -> f[1] == Channel.ZALO.ordinal() || f[1] == Channel.FACEBOOK.ordinal());
        Matcher social = SOCIAL_MEDIA.matcher(folded);
        if (!named && social.find()) {
            found.add(new int[] {social.start(), Channel.OTHER_SOCIAL_MEDIA.ordinal()});
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Channel> channels = new ArrayList<>();
        for (int[] f : found) {
            channels.add(Channel.values()[f[1]]);
        }
        return channels;
    }

    /** Whether the text names "05 nội dung" of the campaign: all five. */
    static boolean allContents(String folded) {
        return ALL_CONTENTS.matcher(folded).find();
    }

    /** Returns the campaign contents named by keywords, in the campaign's order. */
    static List<CampaignContent> contents(String folded) {
        List<CampaignContent> contents = new ArrayList<>();
        CONTENTS.forEach((content, pattern) -> {
            if (pattern.matcher(folded).find()) {
                contents.add(content);
            }
        });
        return contents;
    }
}
