package vn.daklak.ngoaivu.support;

import java.time.ZoneId;

/** The one time zone of everything people read (deadlines, arrival times, report dates), whatever the JVM's zone. */
public final class VietnamTime {

    /** Asia/Ho_Chi_Minh. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }
}
