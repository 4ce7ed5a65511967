package vn.daklak.ngoaivu.cli;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when none of Spring's property sources (arguments, environment variables such as
 * {@code SPRING_DATASOURCE_URL}, {@code SPRING_APPLICATION_JSON}, {@code application.properties}/{@code .yml} in any
 * location Boot reads, profile files) names a database: then the embedded server is the default.
 */
class NoDatabaseConfigured extends SpringBootCondition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return context.getEnvironment().containsProperty(URL_PROPERTY)
                ? ConditionOutcome.noMatch(URL_PROPERTY + " is configured")
                : ConditionOutcome.match(URL_PROPERTY + " is not configured: the embedded PostgreSQL is used");
    }
}
