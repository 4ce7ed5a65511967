package vn.daklak.ngoaivu.dashboard;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import vn.daklak.ngoaivu.support.DatabaseLoss;

/**
 * Where a failed sign-in goes. When the users' table could not be read because the database is down, "wrong name or
 * password" would send the official to retype a correct password and lock the account: say the database is
 * unavailable instead ({@code /login?unavailable}), by the same rule as every page ({@link DatabaseLoss}).
 */
final class SignInFailure implements AuthenticationFailureHandler {

    static final String WRONG = "/login?error";
    static final String UNAVAILABLE = "/login?unavailable";

    private static final Logger log = LoggerFactory.getLogger(SignInFailure.class);

    private final AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler(WRONG);
    private final AuthenticationFailureHandler unavailable = new SimpleUrlAuthenticationFailureHandler(UNAVAILABLE);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        var lost = failure instanceof InternalAuthenticationServiceException ? DatabaseLoss.cause(failure)
                : java.util.Optional.<String>empty();
        if (lost.isPresent()) {
            log.warn("Cơ sở dữ liệu không truy cập được khi đăng nhập: {}", lost.get());
            unavailable.onAuthenticationFailure(request, response, failure);
        } else {
            wrong.onAuthenticationFailure(request, response, failure);
        }
    }
}
