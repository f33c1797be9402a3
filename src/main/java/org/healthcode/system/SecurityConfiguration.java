package org.healthcode.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.healthcode.accounts.Role;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.labresults.Labs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Staff log in with username and password (form, or HTTP Basic for API clients); residents log
 * in with a one-time code sent to their phone and hold {@code ROLE_RESIDENT} once registered ({@code
 * ROLE_PHONE_VERIFIED} before). Venue scanning devices sign each request to {@code /api/devices/scans} with their own
 * key, which the venues feature checks. Any path no rule names is for staff only.
 *
 * <p>Pages are protected against cross-site requests by CSRF tokens; the JSON API under {@code /api} by the session
 * cookie's SameSite policy and by {@link CrossSiteRequestGuard}. Staff sessions are registered, so that disabling an
 * account or resetting its password ends them (see {@code StaffSessions}). Every refusal under {@code /api} is a
 * problem detail written by {@link ProblemHandler}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String RESIDENT = "RESIDENT";
    private static final String PHONE_VERIFIED = "PHONE_VERIFIED";
    private static final String[] STAFF_ROLES = Role.STAFF.toArray(String[]::new);
    private static final String STAFF_LOGIN = "/staff/login";

    private static final String[] PUBLIC_PATHS = {
        "/",
        "/login",
        "/login/code",
        STAFF_LOGIN,
        "/api/login/**",
        "/api/devices/scans",
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
        "/.well-known/**"
    };

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");
    /** Requests from programs rather than people: the API and the actuator endpoints answer with problems. */
    private static final RequestMatcher MACHINE =
            request -> API.matches(request) || request.getRequestURI().startsWith("/actuator/");

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** The sessions of logged-in staff, so that they can be ended when their account changes. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container destroys a session. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Publishes successful and failed logins, which the staff login log and throttle listen to. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** Requests the firewall refuses (such as {@code //}, encoded dots or {@code ;} in a path) get a problem. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemHandler problems) {
        return (request, response, rejected) -> problems.write(request, response, CommonErrorCode.MALFORMED_REQUEST);
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ProblemHandler problems,
            SecurityContextRepository contexts,
            SessionRegistry sessions,
            Labs labs)
            throws Exception {
        http.addFilterBefore(new LabKeyFilter(labs, problems), BasicAuthenticationFilter.class)
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(SecurityConfiguration::authorize)
                .formLogin(form -> form.loginPage(STAFF_LOGIN).defaultSuccessUrl("/staff", true))
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint(problems)))
                .sessionManagement(session -> registerSessions(session, sessions, problems))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(API))
                .exceptionHandling(errors -> answerRefusals(errors, problems))
                .headers(SecurityConfiguration::contentSecurityPolicy);
        return http.build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(PUBLIC_PATHS)
                .permitAll()
                .requestMatchers("/register", "/api/residents")
                .hasAnyRole(PHONE_VERIFIED, RESIDENT)
                .requestMatchers("/me/**", "/api/me/**")
                .hasRole(RESIDENT)
                .requestMatchers("/review/**", "/api/reviews/**")
                .hasRole(Role.AUDITOR)
                .requestMatchers("/sampling/**", "/api/sampling/**")
                .hasRole(Role.SAMPLER)
                .requestMatchers("/lab/**", "/api/lab/**")
                .hasRole(Role.LAB)
                .requestMatchers(HttpMethod.POST, "/venues", "/api/venues")
                .hasRole(Role.VENUE_OPERATOR)
                .requestMatchers("/venues/**", "/api/venues/**")
                .hasAnyRole(Role.VENUE_OPERATOR, Role.VENUE_STAFF)
                .requestMatchers("/flows/**", "/api/flows/**")
                .hasAnyRole(Role.DISTRICT_OFFICE, Role.EPIDEMIOLOGIST, Role.ADMIN)
                .requestMatchers("/admin/**", "/api/admin/**", "/actuator/**")
                .hasRole(Role.ADMIN)
                .anyRequest()
                .hasAnyRole(STAFF_ROLES);
    }

    /** Wrong Basic credentials: a problem under {@code /api}, the usual Basic challenge elsewhere. */
    private static AuthenticationEntryPoint basicEntryPoint(ProblemHandler problems) {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("healthcode");
        return (request, response, failure) -> {
            if (MACHINE.matches(request)) {
                problems.write(request, response, CommonErrorCode.UNAUTHENTICATED);
                return;
            }
            challenge.commence(request, response, failure);
        };
    }

    private static void registerSessions(
            SessionManagementConfigurer<HttpSecurity> session, SessionRegistry sessions, ProblemHandler problems) {
        session.maximumSessions(-1).sessionRegistry(sessions).expiredSessionStrategy(sessionEnded(problems));
    }

    /** A request in a session that was ended: a problem under {@code /api}, the staff login page elsewhere. */
    private static SessionInformationExpiredStrategy sessionEnded(ProblemHandler problems) {
        return ended -> {
            HttpServletRequest request = ended.getRequest();
            HttpServletResponse response = ended.getResponse();
            if (API.matches(request)) {
                problems.write(request, response, CommonErrorCode.UNAUTHENTICATED);
                return;
            }
            response.sendRedirect(request.getContextPath() + STAFF_LOGIN);
        };
    }

    private static void answerRefusals(ExceptionHandlingConfigurer<HttpSecurity> errors, ProblemHandler problems) {
        errors.defaultAuthenticationEntryPointFor(
                        (request, response, failure) ->
                                problems.write(request, response, CommonErrorCode.UNAUTHENTICATED),
                        MACHINE)
                .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(STAFF_LOGIN),
                        request -> isStaffPath(request.getRequestURI()))
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                .defaultAccessDeniedHandlerFor(
                        (request, response, denied) -> problems.write(request, response, CommonErrorCode.FORBIDDEN),
                        MACHINE);
    }

    private static void contentSecurityPolicy(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(
                csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; media-src 'self' data:;"
                        + " style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"));
    }

    private static boolean isStaffPath(String path) {
        return path.startsWith("/staff")
                || path.startsWith("/review")
                || path.startsWith("/admin")
                || path.startsWith("/checkpoint")
                || path.startsWith("/sampling")
                || path.startsWith("/lab")
                || path.startsWith("/flows")
                || path.startsWith("/actuator");
    }
}
