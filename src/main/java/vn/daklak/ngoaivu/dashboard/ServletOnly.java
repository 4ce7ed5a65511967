package vn.daklak.ngoaivu.dashboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * Marks a bean of the web dashboard: it exists only when the application runs as a servlet web application
 * ({@code serve}), so the batch commands ({@code run}, {@code status}, {@code user}...) start none of the pages,
 * caches, security filters or upload folders they never use.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public @interface ServletOnly {
}
