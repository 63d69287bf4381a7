package disclosure.access.service;

import disclosure.access.StaffTokens;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Staff access for a service's API: import it in the service's application class. Settings:
 * {@code disclosure.security.token-secret} ({@code DISCLOSURE_TOKEN_SECRET}, at least 32 bytes, the same in the web
 * application and both services) and {@code disclosure.security.open-paths} (default {@code /api/status}).
 */
@Configuration
@EnableConfigurationProperties(StaffAccessConfiguration.Properties.class)
@Import(AccessProblems.class)
public class StaffAccessConfiguration implements WebMvcConfigurer {

    @ConfigurationProperties("disclosure.security")
    public record Properties(String tokenSecret, @DefaultValue("/api/status") List<String> openPaths) {
        public Properties {
            if (tokenSecret == null || tokenSecret.getBytes(StandardCharsets.UTF_8).length < StaffTokens.MIN_SECRET_BYTES) {
                throw new IllegalStateException("DISCLOSURE_TOKEN_SECRET (disclosure.security.token-secret) must be set "
                        + "to at least " + StaffTokens.MIN_SECRET_BYTES + " bytes, the same secret as the web "
                        + "application's: without it no staff token can be checked");
            }
        }
    }

    /**
     * Only verifies here; the lifetime is the web application's business when it issues a token. Expiry is checked
     * against the real time, not the service's {@code Clock} bean: that one tells legal dates and may be set.
     */
    @Bean
    public StaffTokens staffTokens(Properties properties) {
        return new StaffTokens(properties.tokenSecret(), Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** Ahead of every other filter of the service (size and rate limits), so those know the verified user. */
    @Bean
    public FilterRegistrationBean<StaffTokenFilter> staffTokenFilter(StaffTokens tokens, Properties properties) {
        FilterRegistrationBean<StaffTokenFilter> registration =
                new FilterRegistrationBean<>(new StaffTokenFilter(tokens, properties.openPaths()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StaffActionInterceptor()).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActingStaffResolver());
    }
}
