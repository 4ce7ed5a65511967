package vn.daklak.ngoaivu.cli;

import java.util.ArrayList;
import java.util.List;
import vn.daklak.ngoaivu.schedule.NextRuns;

/** The schedules' part of {@code status}: each one's next run in Vietnam time, or the fault serve would refuse. */
final class ScheduleStatus {

    private ScheduleStatus() {
    }

    static List<String> lines(NextRuns.Listing listing) {
        List<String> lines = new ArrayList<>();
        if (listing.fault() != null) {
            lines.add("Các tác vụ định kỳ của serve: " + listing.fault());
            return lines;
        }
        if (listing.schedules().isEmpty()) {
            lines.add("Không có tác vụ định kỳ nào (không có tệp .properties trong " + listing.folder() + ").");
            return lines;
        }
        lines.add("Các tác vụ định kỳ của serve (" + listing.folder() + ", giờ Việt Nam):");
        for (NextRuns.Upcoming s : listing.schedules()) {
            String skipped = s.skipped() == 0 ? "" : "; đã bỏ qua " + s.skipped() + " lần vì đang có lần chạy khác";
            lines.add("  " + s.name() + ": " + s.command() + ", lần tới: " + s.nextRunText() + skipped);
        }
        return lines;
    }
}
