package vn.campaign.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.io.CampaignFeature;
import vn.campaign.io.CampaignModule;
import vn.campaign.io.PlanJson;
import vn.campaign.io.jackson3.CampaignJackson3Module;
import vn.campaign.validation.PlanValidator;

/**
 * Wires the SDK into a Spring Boot 3.5 or 4.0 application; every bean gives way to one the
 * application declares.
 *
 * <ul>
 *   <li>{@link PlanJson}, {@link PlanValidator} and {@link ComplianceChecker} as beans;</li>
 *   <li>the plan format in Spring's JSON mapper: a {@link CampaignModule} bean where Jackson 2 is
 *       present, which Boot 3 registers in its {@code ObjectMapper}, and a
 *       {@link CampaignJackson3Module} bean where Jackson 3 is, which Boot 4 registers in its
 *       {@code JsonMapper}; so {@code @RequestBody Plan} and returning a {@code Plan}, a
 *       {@code ValidationReport} or a {@code ComplianceReport} work in either;</li>
 *   <li>in a servlet web application, {@link PlanProblemHandler}: RFC 9457 problem responses for a
 *       request body that is not a plan and for a {@link PlanRejectedException}.</li>
 * </ul>
 *
 * <p>The conditions name classes by their names, so that each Jackson side is only loaded where its
 * Jackson is on the class path. Settings: {@link CampaignProperties}.
 *
 * @since 0.1
 */
@AutoConfiguration
@EnableConfigurationProperties(CampaignProperties.class)
public class CampaignAutoConfiguration {

    /** Created by Spring Boot from {@code AutoConfiguration.imports}. */
    public CampaignAutoConfiguration() {
    }

    /**
     * The reader and writer of plan files, strict if {@code campaign.strict} says so.
     *
     * @param properties the settings, not null
     * @return the reader and writer, never null
     */
    @Bean
    @ConditionalOnMissingBean
    public PlanJson planJson(CampaignProperties properties) {
        return PlanJson.builder().strict(properties.isStrict()).build();
    }

    /**
     * The validator of plans.
     *
     * @return the validator, never null
     */
    @Bean
    @ConditionalOnMissingBean
    public PlanValidator planValidator() {
        return PlanValidator.create();
    }

    /**
     * The check of plans against their parent plans, with the bundled rules.
     *
     * @return the checker, never null
     */
    @Bean
    @ConditionalOnMissingBean
    public ComplianceChecker complianceChecker() {
        return ComplianceChecker.create();
    }

    /** Jackson 2, the mapper of Spring Boot 3: it registers every {@code Module} bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
    static class Jackson2Configuration {

        @Bean
        @ConditionalOnMissingBean
        CampaignModule campaignModule(CampaignProperties properties) {
            return new CampaignModule().language(properties.getLanguage())
                    .configure(CampaignFeature.STRICT_MEMBERS, properties.isStrict());
        }
    }

    /** Jackson 3, the mapper of Spring Boot 4: it registers every {@code JacksonModule} bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    static class Jackson3Configuration {

        @Bean
        @ConditionalOnMissingBean
        CampaignJackson3Module campaignJackson3Module(CampaignProperties properties) {
            CampaignJackson3Module module = new CampaignJackson3Module().language(properties.getLanguage());
            return properties.isStrict() ? module.enable(CampaignFeature.STRICT_MEMBERS) : module;
        }
    }

    /** RFC 9457 answers in servlet web applications, unless {@code campaign.problem-responses=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.http.ProblemDetail")
    @ConditionalOnProperty(prefix = "campaign", name = "problem-responses", matchIfMissing = true)
    static class ProblemConfiguration {

        @Bean
        @ConditionalOnMissingBean
        PlanProblemHandler planProblemHandler(CampaignProperties properties) {
            return new PlanProblemHandler(properties.getLanguage());
        }
    }
}
