package disclosure.web.security;

import disclosure.web.staff.StaffDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Login by form (bcrypt passwords, throttled attempts), session cookies that expire, CSRF tokens on every form (the
 * default, kept), and every page behind login. Which role may do what is decided per page by
 * {@link CurrentStaff#require}, from the shared {@code access-rules}; a refusal is a 403.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService staffUsers(StaffDirectory directory) {
        return username -> directory.find(username).map(StaffPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    SecurityFilterChain pages(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords,
                              LoginThrottle throttle, StaffDirectory directory) throws Exception {
        DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(users);
        byPassword.setPasswordEncoder(passwords);
        http.authenticationProvider(new ThrottledAuthenticationProvider(byPassword, throttle))
                .addFilterAfter(new StaffAccountCheck(directory), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/actuator/health", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + "/login?error="
                                        + (exception instanceof LockedException ? "locked" : "bad"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // no invalidSessionUrl: with one, a form without its CSRF token would be sent to the login page as
                // "session expired" instead of being refused with 403
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.referrerPolicy(policy -> policy.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
