package vn.daklak.ngoaivu.dashboard;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Audits every sign-in, failed or not, and counts wrong passwords towards the account's lock. */
@ServletOnly
@Component
class SignInEvents {

    private final UserAccounts accounts;
    private final AuditLog audit;

    SignInEvents(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
        audit.record(event.getAuthentication().getName(), AuditAction.LOGIN, null, client(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailure(name, Instant.now());
        }
        audit.record(name, AuditAction.LOGIN_FAILED, event.getException().getClass().getSimpleName(),
                client(event.getAuthentication()));
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditAction.LOGOUT, null, client(event.getAuthentication()));
    }

    private static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
