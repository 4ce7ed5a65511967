package vn.daklak.ngoaivu.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the health checks ({@code ngvh.ops.*}).
 *
 * @param maxRunAge how long the nightly run may go without succeeding before the health says DOWN: a night missed
 *                  plus a working day to notice, 36 hours by default
 */
@ConfigurationProperties("ngvh.ops")
record RunHealthProperties(@DefaultValue("36h") Duration maxRunAge) {
}
