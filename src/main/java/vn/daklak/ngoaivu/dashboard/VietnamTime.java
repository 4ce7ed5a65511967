package vn.daklak.ngoaivu.dashboard;

import java.time.ZoneId;

/** The zone of every time the dashboard shows: people read Vietnam time, whatever the server's zone. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }
}
