package vn.campaign.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.io.BulkFormat;
import vn.campaign.io.CampaignModule;
import vn.campaign.io.FindingsJson;
import vn.campaign.io.PlanJson;
import vn.campaign.io.jackson3.CampaignJackson3Module;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * The auto-configuration in a Spring Boot 3.5 context with Boot's own Jackson 2 auto-configuration:
 * the beans, the plan format in Boot's ObjectMapper, the settings and the beans' giving way. The
 * Boot 4 side (Jackson 3) is tested through HTTP by the Boot 4 example application.
 */
class CampaignAutoConfigurationTest {

    private static final Path KON_RAY = Path.of("../campaign-examples/src/main/resources/plans/kon-ray-2024.json");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CampaignAutoConfiguration.class));

    @Test
    void context_hasTheBeansAndBothModules() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(PlanJson.class).hasSingleBean(PlanValidator.class)
                    .hasSingleBean(ComplianceChecker.class).hasSingleBean(CampaignModule.class)
                    .hasSingleBean(CampaignJackson3Module.class);
            // Not a web application: no problem handler.
            assertThat(context).doesNotHaveBean(PlanProblemHandler.class);
            assertThat(context.getBean(PlanJson.class).isStrict()).isFalse();
            assertThat(context.getBean(CampaignModule.class).language()).isEqualTo(Language.VI);
        });
    }

    @Test
    void bootsObjectMapper_readsAndWritesThePlanFormatAndFindings() throws IOException {
        byte[] document = Files.readAllBytes(KON_RAY);
        Plan plan = PlanJson.create().read(document);
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        PlanJson.create().writeAll(java.util.List.of(plan).iterator(), line, BulkFormat.NDJSON);
        ValidationReport report = PlanValidator.create().validate(plan);

        runner.run(context -> {
            ObjectMapper mapper = context.getBean(ObjectMapper.class);
            assertThat(mapper.readValue(document, Plan.class)).isEqualTo(plan);
            assertThat(mapper.writeValueAsString(plan) + "\n").isEqualTo(line.toString("UTF-8"));
            assertThat(mapper.readTree(mapper.writeValueAsString(report)))
                    .isEqualTo(mapper.readTree(FindingsJson.toJson(report, Language.VI)));
        });
    }

    @Test
    void properties_setLanguageAndStrictness() {
        runner.withPropertyValues("campaign.language=en", "campaign.strict=true").run(context -> {
            assertThat(context.getBean(PlanJson.class).isStrict()).isTrue();
            assertThat(context.getBean(CampaignModule.class).language()).isEqualTo(Language.EN);
            assertThat(context.getBean(CampaignModule.class).isEnabled(vn.campaign.io.CampaignFeature.STRICT_MEMBERS))
                    .isTrue();
            assertThat(context.getBean(CampaignJackson3Module.class).language()).isEqualTo(Language.EN);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnPlanJson {
        static final PlanJson MINE = PlanJson.builder().strict(true).build();

        @Bean
        PlanJson myPlanJson() {
            return MINE;
        }
    }

    @Test
    void applicationsOwnBean_replacesTheStarters() {
        runner.withUserConfiguration(OwnPlanJson.class).run(context -> {
            assertThat(context).hasSingleBean(PlanJson.class);
            assertThat(context.getBean(PlanJson.class)).isSameAs(OwnPlanJson.MINE);
        });
    }
}
