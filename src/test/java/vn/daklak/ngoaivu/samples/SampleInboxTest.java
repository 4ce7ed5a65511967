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

    @Test
    void theCommittedInboxIsWhatTheGeneratorWrites() throws IOException {
        Path committed = Path.of("input", "inbox");
        List<SampleFile> generated = SampleInbox.write(temp);

        List<String> names = generated.stream().map(f -> f.path().getFileName().toString()).toList();
        try (var listing = Files.list(committed)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(names);
        }
        for (SampleFile file : generated) {
            assertThat(Files.mismatch(file.path(), committed.resolve(file.path().getFileName())))
                    .as("regenerate input/inbox with SampleInbox.main: %s differs", file.path().getFileName())
                    .isEqualTo(-1L);
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
