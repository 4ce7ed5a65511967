package vn.daklak.ngoaivu.dashboard;

import java.time.Instant;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of {@link UserAccounts}: a disabled or locked account cannot sign in. */
@ServletOnly
@Component
class DatabaseUserDetails implements UserDetailsService {

    private final UserAccounts accounts;

    DatabaseUserDetails(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccounts.Account account = accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username()).password(hash).roles(account.role().name())
                .disabled(!account.enabled()).accountLocked(account.lockedAt(Instant.now())).build();
    }
}
