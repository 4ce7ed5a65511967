package vn.daklak.ngoaivu.dashboard;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dashboard ({@code ngvh.dashboard.*}).
 *
 * @param maxFailedLogins wrong passwords in a row after which the account is locked for {@code lockFor}
 * @param lockFor         how long such an account stays locked
 * @param output          the output folder the reports and feedback files are read from ({@code serve --output DIR})
 * @param input           the input folder a run started from the dashboard reads ({@code serve --input DIR})
 */
@ConfigurationProperties("ngvh.dashboard")
public record DashboardProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockFor,
        @DefaultValue("output") Path output,
        @DefaultValue("input") Path input) {
}
