package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest job opens a file once per step; its zip is inflated and checked once, again only when it changes. */
class ZipGuardMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatPassedIsNotInflatedAgainUntilItChanges() throws Exception {
        Path file = Files.copy(Fixtures.ingest("normal.xlsx"), dir.resolve("normal.xlsx"));
        long before = ZipGuard.inspections();

        for (int step = 0; step < 4; step++) {
            SpreadsheetFile.open(file).close();
        }
        assertThat(ZipGuard.inspections() - before).isEqualTo(1);

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-12-01T00:00:00Z")));
        SpreadsheetFile.open(file).close();
        assertThat(ZipGuard.inspections() - before).isEqualTo(2);
    }

    @Test
    void aFileThatFailedIsCheckedEveryTime() throws Exception {
        Path bomb = Files.copy(Fixtures.ingest("zip-bomb.xlsx"), dir.resolve("bomb.xlsx"));
        long before = ZipGuard.inspections();

        for (int step = 0; step < 2; step++) {
            assertThatThrownBy(() -> SpreadsheetFile.open(bomb)).isInstanceOf(UnreadableWorkbookException.class);
        }
        assertThat(ZipGuard.inspections() - before).isEqualTo(2);
    }
}
