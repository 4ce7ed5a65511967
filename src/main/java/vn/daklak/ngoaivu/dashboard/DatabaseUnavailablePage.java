package vn.daklak.ngoaivu.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.daklak.ngoaivu.support.DatabaseLoss;

/**
 * While the database is down (stopped, restarting, unreachable) {@code serve} keeps serving: every page that needs it
 * answers 503 with a page saying the database is unavailable and to try again shortly, instead of an error page, and
 * works again by itself once the database is back (the pool reconnects). Any other failure goes on to the usual
 * error handling.
 */
@ServletOnly
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailablePage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);

    // a query that cannot get a connection, or a transaction that cannot begin; other failures are not caught here
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView unavailable(RuntimeException failure) {
        String cause = DatabaseLoss.cause(failure).orElseThrow(() -> failure);
        log.warn("Cơ sở dữ liệu không truy cập được khi mở trang: {}", cause);
        return new ModelAndView("unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    }
}
