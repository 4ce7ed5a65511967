package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class UploadedWorkbooksTest {

    private final UploadedWorkbooks uploads;

    UploadedWorkbooksTest() throws Exception {
        uploads = new UploadedWorkbooks();
    }

    @AfterEach
    void removeFolder() throws Exception {
        uploads.removeFolder();
    }

    @Test
    void aWorkbookIsKeptUnderAServerChosenNameOutsideTheWebRootUntilDeleted() throws Exception {
        byte[] workbook = Files.readAllBytes(Path.of("input/inbox/SNGV-2024-YEAR.xlsx"));

        Path stored = uploads.store(new MockMultipartFile("file", "../../etc/passwd", "text/plain", workbook)).orElseThrow();

        assertThat(stored.getFileName().toString()).matches("[0-9a-f-]{36}\\.xlsx");
        assertThat(stored.getParent().getFileName().toString()).startsWith("ngvh-kiem-tra-");
        assertThat(stored).hasBinaryContent(workbook);
        uploads.delete(stored);
        assertThat(stored).doesNotExist();
    }

    @Test
    void onlyTheContentDecidesWhatIsAWorkbook() throws Exception {
        byte[] legacyHeader = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};

        assertThat(uploads.store(new MockMultipartFile("file", "bao-cao.xlsx", null, "PK".getBytes()))).isEmpty();
        assertThat(uploads.store(new MockMultipartFile("file", "a.xlsx", null, "<html>".getBytes()))).isEmpty();
        assertThat(uploads.store(new MockMultipartFile("file", "cu.doc", null, legacyHeader)).orElseThrow().toString())
                .endsWith(".xls");
    }

    @Test
    void theInboxNameIsTheBrowsersNameOnlyWhenItIsPlain() {
        assertThat(UploadedWorkbooks.inboxName("UBND_EaSup_BC_nam_2024.xlsx")).contains("UBND_EaSup_BC_nam_2024.xlsx");
        assertThat(UploadedWorkbooks.inboxName("Báo cáo năm (lần 2).XLS")).contains("Báo cáo năm (lần 2).XLS");
        for (String name : new String[] {"../x.xlsx", "a/b.xlsx", ".an.xlsx", "~$mo.xlsx", "x.xlsm", "x.xlsx\n", null}) {
            assertThat(UploadedWorkbooks.inboxName(name)).as(String.valueOf(name)).isEqualTo(Optional.empty());
        }
    }
}
