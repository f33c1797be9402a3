package org.healthcode.system;

import jakarta.servlet.http.HttpServletResponse;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.common.ErrorCode;
import org.healthcode.labresults.Labs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. Staff log in with username and password (form, or HTTP Basic for API clients); residents log
 * in with a one-time code sent to their phone and hold {@code ROLE_RESIDENT} once registered ({@code
 * ROLE_PHONE_VERIFIED} before). Pages are protected against cross-site requests by CSRF tokens; the JSON API under
 * {@code /api} is protected by the session cookie's SameSite policy and by accepting only JSON bodies.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Every staff role; any of them may check codes at a checkpoint. */
    private static final String[] STAFF_ROLES = {
        "ADMIN", "AUDITOR", "SAMPLER", "LAB", "VENUE_OPERATOR", "EPIDEMIOLOGIST"
    };

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ProblemHandler problems, JsonMapper json, SecurityContextRepository contexts, Labs labs)
            throws Exception {
        http.addFilterBefore(new LabKeyFilter(labs, problems, json), BasicAuthenticationFilter.class)
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/login/code",
                                "/staff/login",
                                "/api/login/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/v3/api-docs",
                                "/.well-known/**")
                        .permitAll()
                        .requestMatchers("/register", "/api/residents")
                        .hasAnyRole("PHONE_VERIFIED", "RESIDENT")
                        .requestMatchers("/me/**", "/api/me/**")
                        .hasRole("RESIDENT")
                        .requestMatchers("/review/**", "/api/reviews/**")
                        .hasRole("AUDITOR")
                        .requestMatchers("/sampling/**", "/api/sampling/**")
                        .hasRole("SAMPLER")
                        .requestMatchers("/lab/**", "/api/lab/**")
                        .hasRole("LAB")
                        .requestMatchers("/checkpoint/**", "/api/checkpoint/**")
                        .hasAnyRole(STAFF_ROLES)
                        .requestMatchers("/admin/**", "/api/admin/**", "/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/staff/login").defaultSuccessUrl("/staff", true))
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(API))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, failure) ->
                                        writeProblem(response, problems, json, CommonErrorCode.UNAUTHENTICATED),
                                API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/staff/login"),
                                request -> isStaffPath(request.getRequestURI()))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, denied) ->
                                        writeProblem(response, problems, json, CommonErrorCode.FORBIDDEN),
                                API))
                .headers(headers -> headers.contentSecurityPolicy(csp ->
                        csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; media-src 'self' data:;"
                                + " style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }

    private static boolean isStaffPath(String path) {
        return path.startsWith("/staff")
                || path.startsWith("/review")
                || path.startsWith("/admin")
                || path.startsWith("/checkpoint")
                || path.startsWith("/sampling")
                || path.startsWith("/lab")
                || path.startsWith("/actuator");
    }

    private static void writeProblem(
            HttpServletResponse response, ProblemHandler problems, JsonMapper json, ErrorCode code)
            throws java.io.IOException {
        ProblemDetail problem = problems.problem(code);
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
