package vn.daklak.ngoaivu.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/**
 * The workloads of {@code bench/run.sh}, deterministic: the same bytes on every machine and every run.
 * <ul>
 * <li>{@code large DIR [ROWS]}: one valid workbook of ROWS (default 200,000) event rows, as an inbox;</li>
 * <li>{@code night DIR [FILES]}: a "national night" of FILES (default 400) small workbooks, the samples sent again
 * and again: copy k of a sample differs from the others by its event names, so each is a distinct file (a sample
 * with no event stays a duplicate, as a real resubmission of the same file would be).</li>
 * </ul>
 * Files get increasing modification times in processing order, all far in the past (no settle delay applies).
 */
public final class BenchWorkloads {

    private static final Instant FIRST_MODIFIED = Instant.parse("2024-12-20T01:00:00Z");

    private BenchWorkloads() {
    }

    public static void main(String[] args) throws IOException {
        vn.daklak.ngoaivu.read.PoiLimits.apply();
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        switch (args[0]) {
            case "large" -> {
                Path file = dir.resolve("SVHTTDL-2024-YEAR-lon.xlsx");
                SampleInbox.writeLarge(file, args.length > 2 ? Integer.parseInt(args[2]) : 200_000);
                Files.setLastModifiedTime(file, FileTime.from(FIRST_MODIFIED));
            }
            case "night" -> writeNight(dir, args.length > 2 ? Integer.parseInt(args[2]) : 400);
            default -> throw new IllegalArgumentException("large|night DIR [COUNT]");
        }
    }

    private static void writeNight(Path dir, int files) {
        List<SampleSubmission> samples = SampleInbox.submissions();
        Instant modified = FIRST_MODIFIED;
        for (int i = 0; i < files; i++) {
            int copy = i / samples.size();
            SampleSubmission sample = samples.get(i % samples.size());
            Path file = dir.resolve(String.format("%03d-%s", i, sample.fileName()));
            SampleWorkbookWriter.write(copy == 0 ? sample : resent(sample, copy), file);
            try {
                Files.setLastModifiedTime(file, FileTime.from(modified));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            modified = modified.plusSeconds(60);
        }
    }

    private static SampleSubmission resent(SampleSubmission s, int copy) {
        List<EventReport> events = s.events().stream().map(e -> new EventReport(e.taskCode(),
                e.name() + " (gửi lại lần " + copy + ")", e.type(), e.start(), e.end(), e.location(), e.country(),
                e.partnerCode(), e.partnerAsWritten(), e.participants(), e.foreignGuests(), e.ocop(), e.heritage(),
                e.notes())).toList();
        return new SampleSubmission(s.fileName(), s.agencyAsWritten(), s.agencyCode(), s.year(), s.period(), s.tasks(),
                events, s.spending(), s.expectedAccepted(), s.style());
    }
}
