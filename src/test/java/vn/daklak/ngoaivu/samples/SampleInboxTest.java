package vn.daklak.ngoaivu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleInboxTest {

    @TempDir
    Path temp;

    @Test
    void theModelIsTheSameEveryTime() {
        assertThat(SampleInbox.submissions()).isEqualTo(SampleInbox.submissions());
    }

    @Test
    void writingTwiceGivesTheSameCellsAndBytes() throws IOException {
        List<SampleFile> first = SampleInbox.write(temp.resolve("a"));
        List<SampleFile> second = SampleInbox.write(temp.resolve("b"));

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).submission()).isEqualTo(first.get(i).submission());
            assertThat(cells(second.get(i).path())).isEqualTo(cells(first.get(i).path()));
            assertThat(Files.mismatch(first.get(i).path(), second.get(i).path())).isEqualTo(-1L);
        }
    }

    @Test
    void filesComeInProcessingOrderByNameAndByModificationTime() throws IOException {
        List<SampleFile> files = SampleInbox.write(temp);

        List<String> names = files.stream().map(f -> f.path().getFileName().toString()).toList();
        assertThat(names).isSorted().doesNotHaveDuplicates();
        assertThat(names).containsSubsequence("SVHTTDL-2024-YEAR-lan1.xlsx", "SVHTTDL-2024-YEAR-lan2.xlsx");
        List<Long> times = new ArrayList<>();
        for (SampleFile file : files) {
            times.add(Files.getLastModifiedTime(file.path()).toMillis());
        }
        assertThat(times).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
        try (var listing = Files.list(temp)) {
            assertThat(listing.count()).isEqualTo(files.size());
        }
    }

    @Test
    void theInboxCoversBothPeriodsMostAgenciesAndStaysSmall() throws IOException {
        List<SampleFile> files = SampleInbox.write(temp);

        long h1 = files.stream().filter(f -> f.submission().period().name().equals("H1")).count();
        long year = files.stream().filter(f -> f.submission().period().name().equals("YEAR")).count();
        assertThat(h1).isBetween(25L, 32L);
        assertThat(year).isBetween(30L, 38L);
        long bytes = 0;
        for (SampleFile file : files) {
            bytes += Files.size(file.path());
        }
        assertThat(bytes).isLessThan(3_000_000L);
    }

    /**
     * The shipped samples are exactly what the generator writes. A run of the pipeline in the working copy moves them
     * out of the inbox (README: how to reset), so only the files still there are compared; an unknown file fails.
     */
    @Test
    void theShippedInboxIsWhatTheGeneratorWrites() throws IOException {
        Path shipped = Path.of("input", "inbox");
        List<SampleFile> generated = SampleInbox.write(temp);

        List<String> names = generated.stream().map(f -> f.path().getFileName().toString()).toList();
        List<String> present;
        try (var listing = Files.list(shipped)) {
            present = listing.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
        assertThat(names).containsAll(present);
        for (SampleFile file : generated) {
            Path copy = shipped.resolve(file.path().getFileName());
            if (Files.exists(copy)) {
                assertThat(Files.mismatch(file.path(), copy))
                        .as("regenerate input/inbox with SampleInbox.main: %s differs", file.path().getFileName())
                        .isEqualTo(-1L);
            }
        }
    }

    /** Every cell of every sheet as "sheet!ref=type:value", for comparing two writes of the same workbook. */
    static List<String> cells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + cell.getCellType() + ":"
                                + cell + ":" + cell.getCellStyle().getDataFormatString());
                    }
                }
            }
        }
        return cells;
    }
}
