package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxScannerTest {

    private static final Instant NOW = Instant.parse("2024-12-20T10:00:00Z");

    @TempDir
    Path inbox;

    @Test
    void takesSettledFilesOldestFirstThenByName() throws IOException {
        file("b.xlsx", NOW.minusSeconds(600));
        file("a.xlsx", NOW.minusSeconds(600));
        file("old.xls", NOW.minusSeconds(3600));

        InboxScanner.Scan scan = InboxScanner.scan(inbox, NOW, 30);

        assertThat(scan.ready()).extracting(InboxFile::name).containsExactly("old.xls", "a.xlsx", "b.xlsx");
        assertThat(scan.leftInInbox()).isEmpty();
    }

    @Test
    void leavesFilesThatMayStillBeArriving() throws IOException {
        file("fresh.xlsx", NOW.minusSeconds(5));
        file("download.xlsx.crdownload", NOW.minusSeconds(600));
        file("copy.xlsx.part", NOW.minusSeconds(600));
        file("x.tmp", NOW.minusSeconds(600));
        file("~$bao-cao.xlsx", NOW.minusSeconds(600));
        file(".gitkeep", NOW.minusSeconds(600));

        InboxScanner.Scan scan = InboxScanner.scan(inbox, NOW, 30);

        assertThat(scan.ready()).isEmpty();
        assertThat(scan.leftInInbox()).hasSize(5)
                .anySatisfy(line -> assertThat(line).startsWith("fresh.xlsx").contains("5 giây"))
                .anySatisfy(line -> assertThat(line).startsWith("~$bao-cao.xlsx").contains("tệp khóa"));
        assertThat(scan.hidden()).containsExactly(".gitkeep: " + InboxScanner.HIDDEN);
    }

    @Test
    void aHiddenFileIsNamedWithItsReasonAndAValidFileBesideItIsTaken() throws IOException {
        file(".bao-cao.xlsx", NOW.minusSeconds(600));
        file("bao-cao.xlsx", NOW.minusSeconds(600));

        InboxScanner.Scan scan = InboxScanner.scan(inbox, NOW, 30);

        assertThat(scan.ready()).extracting(InboxFile::name).containsExactly("bao-cao.xlsx");
        assertThat(scan.hidden()).containsExactly(".bao-cao.xlsx: tên bắt đầu bằng dấu chấm (tệp ẩn của hệ thống) nên "
                + "không được xử lý; nếu đây là báo cáo, hãy đổi tên bỏ dấu chấm ở đầu.");
    }

    @Test
    void refusesLinksAndFoldersWithoutFollowingThem(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.xlsx"), "x");
        Files.createSymbolicLink(inbox.resolve("link.xlsx"), secret);
        Files.createDirectory(inbox.resolve("thu-muc"));

        InboxScanner.Scan scan = InboxScanner.scan(inbox, NOW.plusSeconds(3600), 0);

        assertThat(scan.ready()).isEmpty();
        assertThat(scan.leftInInbox()).anySatisfy(line -> assertThat(line).startsWith("link.xlsx").contains("liên kết"))
                .anySatisfy(line -> assertThat(line).startsWith("thu-muc").contains("thư mục"));
    }

    private void file(String name, Instant modified) throws IOException {
        Path file = Files.writeString(inbox.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
