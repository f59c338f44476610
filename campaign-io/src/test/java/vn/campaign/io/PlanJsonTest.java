package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.campaign.io.PlanReadExceptionTest.BASE;
import static vn.campaign.io.PlanReadExceptionTest.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Extensions;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Task;

class PlanJsonTest {

    private static final PlanJson JSON = PlanJson.create();
    private static final ObjectMapper TREES = new ObjectMapper();

    // --- round trips ------------------------------------------------------------------------------

    @Test
    void write_thenRead_givesAnEqualPlan() throws IOException {
        for (Plan plan : List.of(SamplePlans.konRay(), SamplePlans.minimal())) {
            assertThat(JSON.read(JSON.write(plan))).isEqualTo(plan);
            assertThat(JSON.read(JSON.writeBytes(plan))).isEqualTo(plan);
        }
    }

    @Test
    void write_ofWhatWasRead_givesTheSameBytes() throws IOException {
        byte[] canonical = JSON.writeBytes(SamplePlans.konRay());

        assertThat(JSON.writeBytes(JSON.read(canonical))).isEqualTo(canonical);
        assertThat(JSON.writeBytes(PlanJson.builder().strict(false).build().read(canonical))).isEqualTo(canonical);
    }

    @Test
    void write_isDeterministic() {
        Plan plan = SamplePlans.konRay();

        assertThat(PlanJson.builder().build().writeBytes(plan)).isEqualTo(JSON.writeBytes(plan));
        assertThat(JSON.write(plan)).isEqualTo(new String(JSON.writeBytes(plan), StandardCharsets.UTF_8));
    }

    // --- layout -----------------------------------------------------------------------------------

    @Test
    void write_leavesOutEmptyOptionalsListsFalseAndNoFunding() {
        Plan plan = SamplePlans.minimal().toBuilder()
                .sections(Section.builder("I", "I", "MỤC ĐÍCH").kind(SectionKind.OBJECTIVES)
                        .tasks(Task.builder("t").optional(false).build())
                        .build())
                .build();

        assertThat(JSON.write(plan)).isEqualTo("""
                {
                  "schemaVersion": "1.0",
                  "type": "KH",
                  "issuerId": "district-standing-committee",
                  "title": "triển khai thực hiện Cuộc vận động năm 2024",
                  "period": {
                    "start": "2024-01-01",
                    "end": "2024-12-31"
                  },
                  "campaign": {
                    "name": "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
                  },
                  "sections": [
                    {
                      "id": "I",
                      "number": "I",
                      "heading": "MỤC ĐÍCH",
                      "kind": "OBJECTIVES",
                      "tasks": [
                        {
                          "id": "t"
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void write_indentsByTwoPutsEachArrayElementOnItsLineAndEndsLinesWithLf() {
        String text = JSON.write(SamplePlans.konRay());

        assertThat(text).startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"type\": \"KH\",\n")
                .endsWith("\n}\n")
                .doesNotContain("\r", "\t", " :", "[ ]", "{ }")
                .containsPattern("\n( {16})\"quarters\": \\[\n\\1  3,\n\\1  4\n\\1\\]\n");
    }

    @Test
    void write_writesVersion10ForAPlanWithoutLinksAnd11ForOneWithThem() throws IOException {
        Plan withoutLinks = SamplePlans.minimal();
        Plan withLink = withoutLinks.toBuilder().notApplicable("kh-457-2024", "t", "Không áp dụng").build();

        assertThat(TREES.readTree(JSON.write(withoutLinks)).at("/schemaVersion").asText()).isEqualTo("1.0");
        assertThat(TREES.readTree(JSON.write(withLink)).at("/schemaVersion").asText()).isEqualTo("1.1");
    }

    @Test
    void write_writesVersion12AndNoCampaignForAPlanWithoutOne() throws IOException {
        Plan withoutCampaign = SamplePlans.konRay().toBuilder().noCampaign().build();

        JsonNode root = TREES.readTree(JSON.write(withoutCampaign));

        assertThat(root.at("/schemaVersion").asText()).isEqualTo("1.2");
        assertThat(root.has("campaign")).isFalse();
        assertThat(JSON.read(JSON.write(withoutCampaign))).isEqualTo(withoutCampaign);
        assertThat(JSON.read(JSON.write(withoutCampaign)).campaign()).isEmpty();
    }

    @Test
    void read_acceptsAPlanWithoutCampaignFromVersion12On() throws IOException {
        String withoutCampaign = BASE.replaceFirst("(?s)  \"campaign\": \\{[^}]*},\n", "");

        assertThat(withoutCampaign).doesNotContain("\"campaign\"");
        assertThat(JSON.read(withoutCampaign.replace("\"1.0\"", "\"1.2\"")).campaign()).isEmpty();
        assertThat(JSON.read(withoutCampaign.replace("\"1.0\"", "\"1.12\"")).campaign()).isEmpty();
    }

    @Test
    void read_rejectsAPlanWithoutCampaignInVersions10And11() {
        String withoutCampaign = BASE.replaceFirst("(?s)  \"campaign\": \\{[^}]*},\n", "");

        for (String version : List.of("\"1.0\"", "\"1.1\"")) {
            PlanReadException e = catchThrowableOfType(PlanReadException.class,
                    () -> JSON.read(withoutCampaign.replace("\"1.0\"", version)));
            assertThat(PlanReadExceptionTest.describe(e)).as(version).isEqualTo("MISSING_MEMBER 1 1 /campaign");
        }
    }

    @Test
    void read_readsTaskLinksAndNotApplicableOfVersion11() throws IOException {
        Plan plan = JSON.read(JSON.write(SamplePlans.konRay()));

        assertThat(plan.task("propaganda")).hasValueSatisfying(task -> assertThat(task.implementsTasks())
                .containsExactly(vn.campaign.model.TaskLink.of("kh-457-2024", "province-propaganda")));
        assertThat(plan.notApplicable()).extracting(vn.campaign.model.NotApplicable::taskId)
                .containsExactly("province-bank-chung-xanh");
    }

    @Test
    void write_writesNonAsciiTextAsUtf8() {
        byte[] bytes = JSON.writeBytes(SamplePlans.konRay());

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"signerName\": \"Huỳnh Minh Trung\"")
                .doesNotContain("\\u");
    }

    @Test
    void write_namesMembersAfterRecordComponentsInTheirOrderThenExtensions() throws IOException {
        JsonNode root = TREES.readTree(JSON.write(SamplePlans.konRay()));

        List<String> expected = new ArrayList<>(List.of("schemaVersion"));
        expected.addAll(components(Plan.class));
        expected.remove("extensions");
        expected.addAll(List.of("source", "reviewedBy"));
        assertThat(names(root)).containsExactlyElementsOf(expected);
        assertThat(names(root.at("/actors/2")))
                .containsExactly("id", "kind", "level", "name", "unit", "parentId", "symbolCode", "phone", "staff")
                .containsSubsequence(components(vn.campaign.model.Actor.class).subList(0, 7));
        assertThat(names(root.at("/funding/budgetLines/1")))
                .containsSubsequence(components(vn.campaign.model.BudgetLine.class).subList(0, 4));
        assertThat(names(root.at("/references/0"))).containsExactlyElementsOf(
                components(vn.campaign.model.DocumentReference.class).subList(0, 8));
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // --- text -------------------------------------------------------------------------------------

    @Test
    void write_writesCharactersBeyondTheBmpAsUtf8() throws IOException {
        Plan plan = SamplePlans.minimal().toBuilder().title("Ngày hội 🎉 Đại đoàn kết").build();

        String text = JSON.write(plan);

        assertThat(text).contains("\"title\": \"Ngày hội 🎉 Đại đoàn kết\"");
        assertThat(JSON.read(text)).isEqualTo(plan);
    }

    @Test
    void read_normalisesDecomposedTextToNfc() throws IOException {
        String nfd = Normalizer.normalize(BASE, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(BASE);

        Plan plan = JSON.read(nfd);

        assertThat(plan).isEqualTo(JSON.read(BASE));
        assertThat(plan.title()).isEqualTo("triển khai thực hiện Cuộc vận động năm 2024")
                .isEqualTo(Normalizer.normalize(plan.title(), Normalizer.Form.NFC));
        assertThat(JSON.write(plan)).isEqualTo(BASE);
    }

    @Test
    void read_normalisesDecomposedExtensionsToNfc() throws IOException {
        String nfd = Normalizer.normalize("\"ghi chú\": {\"nội dung\": \"Lưu VT\"},", Normalizer.Form.NFD);

        Plan plan = JSON.read(base("\"type\": \"KH\",", "\"type\": \"KH\", " + nfd));

        assertThat(plan.extensions().asMap()).containsExactly(Map.entry("ghi chú", "{\"nội dung\":\"Lưu VT\"}"));
    }

    // --- unknown members --------------------------------------------------------------------------

    private static final String UNKNOWN = base("\"type\": \"KH\",", """
            "type": "KH",
              "x-source": {"rate": 1.50, "big": 12345678901234567890, "tiny": -1.0E-7,
                "list": [1, "a", null, true, {"deep": []}], "empty": {}},""")
            .replace("\"id\": \"festival\",", "\"id\": \"festival\", \"màu\": [\"đỏ\", \"vàng\"],")
            .replace("\"name\": \"Ban Thường trực\"", "\"name\": \"Ban Thường trực\", \"phone\": \"0260 3818 123\"");

    @Test
    void read_lenient_keepsUnknownMembersAsWritten() throws IOException {
        Plan plan = JSON.read(UNKNOWN);

        assertThat(plan.extensions().asMap()).containsExactly(Map.entry("x-source", "{\"rate\":1.50,"
                + "\"big\":12345678901234567890,\"tiny\":-1.0E-7,\"list\":[1,\"a\",null,true,{\"deep\":[]}],"
                + "\"empty\":{}}"));
        assertThat(plan.task("festival").orElseThrow().extensions())
                .isEqualTo(Extensions.of(Map.of("màu", "[\"đỏ\",\"vàng\"]")));
        assertThat(plan.actors().get(0).extensions().get("phone")).contains("\"0260 3818 123\"");
    }

    @Test
    void write_writesUnknownMembersBackAfterTheKnownOnes() throws IOException {
        String text = JSON.write(JSON.read(UNKNOWN));

        assertThat(text).contains("""
                  "actors": [
                    {
                      "id": "district-standing-committee",
                      "kind": "STANDING_COMMITTEE",
                      "level": "DISTRICT",
                      "name": "Ban Thường trực",
                      "phone": "0260 3818 123"
                    }
                  ],
                  "x-source": {
                    "rate": 1.50,
                    "big": 12345678901234567890,
                    "tiny": -1.0E-7,
                    "list": [
                      1,
                      "a",
                      null,
                      true,
                      {
                        "deep": []
                      }
                    ],
                    "empty": {}
                  }
                }
                """);
        assertThat(text).contains("""
                          "id": "festival",
                          "kinds": [
                            "GREAT_UNITY_FESTIVAL"
                          ],
                          "schedule": {
                            "kind": "QUARTERS",
                            "year": 2024,
                            "quarters": [
                              3,
                              4
                            ]
                          },
                          "màu": [
                            "đỏ",
                            "vàng"
                          ]
                """);
        assertThat(JSON.write(JSON.read(text))).isEqualTo(text);
    }

    @Test
    void read_strict_rejectsUnknownMembers() {
        PlanJson strict = PlanJson.builder().strict(true).build();

        assertThatThrownBy(() -> strict.read(UNKNOWN)).isInstanceOfSatisfying(PlanReadException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ReadErrorCode.UNKNOWN_MEMBER);
            assertThat(e.pointer()).isEqualTo("/x-source");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(3);
        });
    }

    @Test
    void read_strict_acceptsDocumentsWithoutUnknownMembers() throws IOException {
        assertThat(PlanJson.builder().strict(true).build().read(JSON.write(SamplePlans.minimal())))
                .isEqualTo(SamplePlans.minimal());
    }

    @Test
    void write_rejectsExtensionNamedAfterAMember() {
        Plan plan = SamplePlans.minimal().toBuilder().extensions(Extensions.of(Map.of("title", "\"x\""))).build();

        assertThatIllegalArgumentException().isThrownBy(() -> JSON.write(plan))
                .withMessage("The extension \"title\" of a Plan has the name of one of its members");
    }

    @Test
    void write_rejectsExtensionThatIsNotOneJsonValue() {
        for (String json : List.of("1 2", "{\"a\":", "", "{\"a\":1,\"a\":2}")) {
            Plan plan = SamplePlans.minimal().toBuilder().extensions(Extensions.of(Map.of("x", json))).build();

            assertThatIllegalArgumentException().as(json).isThrownBy(() -> JSON.write(plan))
                    .withMessageStartingWith("The extension \"x\" does not hold one JSON value");
        }
    }

    // --- what the reader accepts ------------------------------------------------------------------

    @Test
    void read_acceptsAnyMinorVersionOfMajorOne() throws IOException {
        Plan base = JSON.read(BASE);
        // A newer minor version than this reader knows keeps its label, so that writing keeps it too.
        assertThat(JSON.read(base("\"1.0\"", "\"1.12\""))).isEqualTo(base.toBuilder()
                .extensions(base.extensions().with("schemaVersion", "\"1.12\"")).build());
        assertThat(JSON.read(base("\"1.0\"", "\"1.2\""))).isEqualTo(base);
    }

    @Test
    void read_acceptsMembersInAnyOrderAfterTheVersion() throws IOException {
        String reordered = base("  \"type\": \"KH\",\n  \"issuerId\": \"district-standing-committee\",\n",
                "  \"issuerId\": \"district-standing-committee\",\n  \"type\": \"KH\",\n");

        assertThat(JSON.read(reordered)).isEqualTo(JSON.read(BASE));
    }

    @Test
    void read_treatsEmptyListsAndFalseAsLeftOut() throws IOException {
        String explicit = base("\"id\": \"festival\",", "\"id\": \"festival\", \"channels\": [], \"optional\": false,");

        assertThat(JSON.read(explicit)).isEqualTo(JSON.read(BASE));
    }

    @Test
    void read_keepsDocumentTypesOutsideTheKnownList() throws IOException {
        Plan plan = JSON.read(base("\"type\": \"KH\"", "\"type\": \"KHPH\""));

        assertThat(plan.type()).isEqualTo(DocumentType.of("KHPH"));
        assertThat(plan.type().isKnown()).isFalse();
        assertThat(JSON.write(plan)).contains("\"type\": \"KHPH\"");
    }

    @Test
    void read_ignoresUtf8ByteOrderMark() throws IOException {
        byte[] bytes = BASE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);

        assertThat(JSON.read(withBom)).isEqualTo(JSON.read(bytes));
    }

    @Test
    void read_givesTheSamePlanFromBytesTextStreamAndFile(@TempDir Path dir) throws IOException {
        byte[] bytes = JSON.writeBytes(SamplePlans.konRay());
        Path file = Files.write(dir.resolve("kon-ray-2024.json"), bytes);

        assertThat(List.of(JSON.read(bytes), JSON.read(new String(bytes, StandardCharsets.UTF_8)),
                JSON.read(new ByteArrayInputStream(bytes)), JSON.read(file)))
                .containsOnly(SamplePlans.konRay());
    }

    @Test
    void read_fromStream_leavesItOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new FilterInputStream(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JSON.read(in);

        assertThat(closed[0]).isFalse();
    }

    @Test
    void read_fromMissingFile_throwsTheFileSystemsException(@TempDir Path dir) {
        assertThatThrownBy(() -> JSON.read(dir.resolve("missing.json")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void read_fromManyThreadsAtOnce_givesEqualPlans() {
        byte[] bytes = JSON.writeBytes(SamplePlans.konRay());

        assertThat(IntStream.range(0, 64).parallel().mapToObj(i -> {
            try {
                return JSON.read(bytes);
            } catch (PlanReadException e) {
                throw new AssertionError(e);
            }
        })).containsOnly(SamplePlans.konRay());
    }

    // --- writing to a stream ----------------------------------------------------------------------

    @Test
    void write_toStream_writesTheDocumentAndLeavesTheStreamOpen() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JSON.write(SamplePlans.konRay(), out);

        assertThat(bytes.toByteArray()).isEqualTo(JSON.writeBytes(SamplePlans.konRay()));
        assertThat(closed[0]).isFalse();
    }

    @Test
    void write_toStream_writesNothingWhenThePlanCannotBeWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Plan plan = SamplePlans.minimal().toBuilder().extensions(Extensions.of(Map.of("x", "{"))).build();

        assertThatIllegalArgumentException().isThrownBy(() -> JSON.write(plan, out));
        assertThat(out.size()).isZero();
    }

    // --- instances --------------------------------------------------------------------------------

    @Test
    void create_isLenientWithDefaultLimits() {
        assertThat(PlanJson.create().isStrict()).isFalse();
        assertThat(PlanJson.create().limits()).isEqualTo(ReadLimits.defaults());
    }

    @Test
    void builder_setsStrictnessAndLimits() {
        ReadLimits limits = ReadLimits.defaults().withMaxNestingDepth(20);

        PlanJson json = PlanJson.builder().strict(true).limits(limits).build();

        assertThat(json.isStrict()).isTrue();
        assertThat(json.limits()).isEqualTo(limits);
    }

    @Test
    void publicEntryPoints_rejectNull() {
        assertThatThrownBy(() -> JSON.read((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> JSON.read((String) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> JSON.read((InputStream) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("in");
        assertThatThrownBy(() -> JSON.read((Path) null)).isInstanceOf(NullPointerException.class).hasMessage("file");
        assertThatThrownBy(() -> JSON.write(null)).isInstanceOf(NullPointerException.class).hasMessage("plan");
        assertThatThrownBy(() -> JSON.write(SamplePlans.minimal(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("out");
        assertThatThrownBy(() -> PlanJson.builder().limits(null)).isInstanceOf(NullPointerException.class);
    }
}
