package org.healthcode.accounts;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff accounts for password login; each role becomes the authority {@code ROLE_<code>}. A username whose
 * login is locked by {@link StaffLoginThrottle} is answered as unknown, which the login reports as bad credentials.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final StaffLoginThrottle throttle;

    StaffUserDetailsService(StaffAccounts accounts, StaffLoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (throttle.isLocked(username)) {
            throw new UsernameNotFoundException("unknown");
        }

        StaffAccount account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(account.username())
                .password(hash)
                .disabled(!account.enabled())
                .authorities(account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList())
                .build();
    }
}
