package org.healthcode.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a resident into the HTTP session, with {@code ROLE_RESIDENT} once registered. */
@Component
public class ResidentSessions {

    private final SecurityContextRepository contexts;

    ResidentSessions(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    public void signIn(ResidentPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        String role = principal.registeredId().isPresent() ? "ROLE_RESIDENT" : "ROLE_PHONE_VERIFIED";
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(role)));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
