package vn.daklak.ngoaivu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.daklak.ngoaivu.check.FileCheck;
import vn.daklak.ngoaivu.ingest.SubmissionValidator;
import vn.daklak.ngoaivu.reference.ReferenceFiles;

/** Kiểm tra tệp: the validate command's verdict in the browser, nothing stored, and the audited move to the inbox. */
@DashboardTest
class CheckPageTest {

    private static final RequestPostProcessor OPERATOR = user("vanhanh").roles("OPERATOR");
    private static final Path SAMPLES = Path.of("input", "inbox");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;

    private Path inbox;

    @BeforeEach
    void data() throws Exception {
        new DashboardTestData(jdbc, commands).reset();
        inbox = DashboardTestData.inputFolder(jdbc);
    }

    @Test
    void theVerdictIsTheValidateCommandsAndNothingIsStored() throws Exception {
        SubmissionValidator validate = new SubmissionValidator(ReferenceFiles.read(Path.of(DashboardTest.INPUT)));
        for (String name : List.of("SNGV-2024-YEAR.xlsx", "STTTT-2024-YEAR-English.xlsx", "UBND_EaSup_BC_nam_2024.xlsx")) {
            FileCheck.Verdict expected = validate.verdict(SAMPLES.resolve(name));

            FileCheck.Verdict shown = (FileCheck.Verdict) mvc.perform(multipart("/check").file(upload(name))
                            .with(OPERATOR).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("verdict");

            assertThat(shown).isEqualTo(expected);
        }
        assertThat(Files.list(inbox)).isEmpty();
        assertThat(count("SELECT count(*) FROM submission")).isZero();
        assertThat(audit()).containsExactly("FILE_CHECKED", "FILE_CHECKED", "FILE_CHECKED");
    }

    @Test
    void aFileThatIsNoWorkbookIsToldSoWhateverItsName() throws Exception {
        mvc.perform(multipart("/check").file(new MockMultipartFile("file", "bao-cao.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "<html>không phải Excel</html>".getBytes())).with(OPERATOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("message", "check.notWorkbook"))
                .andExpect(model().attributeDoesNotExist("verdict"));
        assertThat(audit()).isEmpty();
    }

    @Test
    void anOperatorPlacesTheCheckedFileInTheInboxOnceUnderAPlainName() throws Exception {
        mvc.perform(multipart("/check/place").file(upload("SNGV-2024-YEAR.xlsx")).with(OPERATOR).with(csrf()))
                .andExpect(model().attribute("message", "check.placed"));
        assertThat(inbox.resolve("SNGV-2024-YEAR.xlsx")).hasSameBinaryContentAs(SAMPLES.resolve("SNGV-2024-YEAR.xlsx"));

        mvc.perform(multipart("/check/place").file(upload("SNGV-2024-YEAR.xlsx")).with(OPERATOR).with(csrf()))
                .andExpect(model().attribute("message", "check.alreadyInInbox"));
        byte[] workbook = Files.readAllBytes(SAMPLES.resolve("SNGV-2024-YEAR.xlsx"));
        mvc.perform(multipart("/check/place").file(new MockMultipartFile("file", "../../bao-cao.xlsx", null, workbook))
                        .with(OPERATOR).with(csrf()))
                .andExpect(model().attribute("message", "check.badName"));

        assertThat(Files.list(inbox).map(p -> p.getFileName().toString())).containsExactly("SNGV-2024-YEAR.xlsx");
        assertThat(Path.of(DashboardTest.INPUT, "bao-cao.xlsx")).doesNotExist();
        assertThat(audit()).containsExactly("FILE_CHECKED", "FILE_PLACED", "FILE_CHECKED", "FILE_CHECKED");
    }

    @Test
    void aViewerMayNeitherOpenNorUpload() throws Exception {
        RequestPostProcessor viewer = user("xem").roles("VIEWER");
        mvc.perform(get("/check").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(multipart("/check").file(upload("SNGV-2024-YEAR.xlsx")).with(viewer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/check").file(upload("SNGV-2024-YEAR.xlsx")).with(OPERATOR))
                .andExpect(status().isForbidden());
        assertThat(audit()).isEmpty();
    }

    private static MockMultipartFile upload(String name) throws Exception {
        return new MockMultipartFile("file", name, null, Files.readAllBytes(SAMPLES.resolve(name)));
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private List<String> audit() {
        return jdbc.sql("SELECT action FROM audit_log ORDER BY id").query(String.class).list();
    }
}
