package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderLetterWriterTest {

    /** "2. Sở Kế hoạch và Đầu tư: …": the numbered lines of the letter and the agency's name in them. */
    private static final Pattern LISTED = Pattern.compile("^\\d+\\. ([^:]+): .*");

    /** Independent of the report's own SQL: expected agencies without a current accepted file, plus rejected-only. */
    private static final String NOT_REPORTED = """
            SELECT a.name FROM agency a
             WHERE a.reports AND (a.valid_from IS NULL OR a.valid_from <= :to)
               AND (a.valid_to IS NULL OR a.valid_to >= :from)
               AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.agency_code = a.code AND s.year = :year
                                  AND s.period = :period AND s.is_current AND s.status = 'ACCEPTED')
            UNION
            SELECT a.name FROM submission s JOIN agency a ON a.code = s.agency_code
             WHERE s.year = :year AND s.period = :period
             GROUP BY a.code, a.name HAVING bool_and(s.status = 'REJECTED')
            """;

    @Autowired
    private ReminderLetterWriter writer;
    @Autowired
    private PeriodFiguresQuery query;
    @Autowired
    private DataSource dataSource;
    @TempDir
    static Path output;

    private JdbcClient jdbc;

    @BeforeAll
    void loadScenario() {
        jdbc = JdbcClient.create(dataSource);
        ReportScenario.load(new ReportTestData(jdbc));
    }

    @Test
    void letterListsExactlyTheAgenciesWithoutAValidReportByFullNameWithReason() {
        List<String> body = writeLetter(2024, Period.YEAR);

        assertThat(listedNames(body)).containsExactly("UBND huyện Buôn Đôn", "Sở Kế hoạch và Đầu tư", "Sở Tài chính")
                .containsExactlyInAnyOrderElementsOf(notReportedInDatabase(2024, Period.YEAR));
        assertThat(body).contains(
                "1. UBND huyện Buôn Đôn: Chưa gửi báo cáo.",
                "2. Sở Kế hoạch và Đầu tư: Chưa gửi báo cáo.",
                "3. Sở Tài chính: Đã gửi 2 tệp, tất cả bị từ chối. Lỗi đầu tiên: Năm báo cáo để trống.");
        assertThat(String.join("\n", body)).doesNotContain("HBD").doesNotContain("SKHDT").doesNotContain("STC");
        assertThat(body).containsSubsequence("Kính gửi:", "- UBND huyện Buôn Đôn;", "- Sở Kế hoạch và Đầu tư;",
                "- Sở Tài chính.");
    }

    @Test
    void addresseesAreALeftAlignedListUnderKinhGui() throws IOException {
        Path file = writer.write(query.load(2024, Period.YEAR), output, LocalDate.of(2024, 12, 26)).orElseThrow();
        DocxReadBack letter = new DocxReadBack(Files.readAllBytes(file));

        for (String line : List.of("- UBND huyện Buôn Đôn;", "- Sở Kế hoạch và Đầu tư;", "- Sở Tài chính.")) {
            assertThat(letter.paragraph(line).orElseThrow().getAlignment()).as(line)
                    .isEqualTo(ParagraphAlignment.LEFT);
        }
    }

    @Test
    void letterRecallsThePassedDeadlineAndSetsANewOneTenWorkingDaysLater() {
        // 26/12/2024 is a Thursday: ten working days, weekends skipped, end on Thursday 09/01/2025
        List<String> body = writeLetter(2024, Period.YEAR);

        assertThat(body).anyMatch(line -> line.contains("hạn chót ngày 20/12/2024."));
        assertThat(body).anyMatch(line -> line.contains("báo cáo theo đúng mẫu quy định trước ngày 09/01/2025"));
        assertThat(WorkingDays.after(LocalDate.of(2025, 1, 3), 1)).isEqualTo(LocalDate.of(2025, 1, 6));
    }

    @Test
    void halfYearLetterFollowsThatPeriodsSubmissionsAndDeadline() {
        List<String> body = writeLetter(2024, Period.H1);

        assertThat(listedNames(body)).containsExactly("UBND huyện Buôn Đôn", "Sở Kế hoạch và Đầu tư", "Sở Ngoại vụ",
                "Sở Tài chính").containsExactlyInAnyOrderElementsOf(notReportedInDatabase(2024, Period.H1));
        assertThat(body).anyMatch(line -> line.contains("hạn chót ngày 20/06/2024."));
    }

    @Test
    void halfYearLetterSpeaksOfTheYearsPlanAndKeepsItsSignatureBlockInOnePiece() throws IOException {
        Path file = writer.write(query.load(2024, Period.H1), output.resolve("h1"), LocalDate.of(2024, 6, 26))
                .orElseThrow();
        DocxReadBack letter = new DocxReadBack(Files.readAllBytes(file));

        assertThat(letter.cell(0, 1, 0).getText()).contains("V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch Ngoại"
                + " giao văn hóa năm 2024 trong 6 tháng đầu năm").doesNotContain("Ngoại giao văn hóa 6 tháng");
        assertThat(letter.document.getTables().get(1).getRow(0).isCantSplitRow()).isTrue();
    }

    @Test
    void letterHeadingIsALetterWithItsSubjectAndTheStorageLine() throws IOException {
        Path file = writer.write(query.load(2024, Period.YEAR), output, LocalDate.of(2024, 12, 26)).orElseThrow();
        DocxReadBack letter = new DocxReadBack(Files.readAllBytes(file));

        assertThat(letter.cell(0, 1, 0).getText()).contains("/SNgV")
                .contains("V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024");
        assertThat(letter.cell(0, 1, 1).getText()).isEqualTo("Đắk Lắk, ngày 26 tháng 12 năm 2024");
        assertThat(letter.cell(1, 0, 0).getText()).contains("- Như trên;").endsWith("- Lưu: VT, HTQT.");
    }

    @Test
    void noLetterWhenEveryAgencyHasReported() {
        PeriodFigures none = query.load(2024, Period.YEAR);
        PeriodFigures allReported = new PeriodFigures(none.year(), none.period(), none.window(), none.deadline(),
                none.agencies().stream().filter(AgencyFigure::accepted).toList(), none.planTasks(), none.tasks(),
                none.events(), none.spending(), none.problems(), none.yearComparison());

        Path folder = output.resolve("all-reported");
        assertThat(writer.write(allReported, folder, LocalDate.of(2024, 12, 26))).isEmpty();
        assertThat(folder.resolve(ReminderLetterWriter.fileName(2024, Period.YEAR))).doesNotExist();
    }

    private List<String> writeLetter(int year, Period period) {
        Path file = writer.write(query.load(year, period), output, LocalDate.of(year, 12, 26)).orElseThrow();
        assertThat(file.getFileName()).hasToString("cong-van-don-doc-" + year + "-" + period + ".docx");
        try {
            return new DocxReadBack(Files.readAllBytes(file)).bodyTexts();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> listedNames(List<String> body) {
        return body.stream().map(LISTED::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
    }

    private List<String> notReportedInDatabase(int year, Period period) {
        var window = period.window(year);
        return jdbc.sql(NOT_REPORTED)
                .param("year", year).param("period", period.name())
                .param("from", window.from()).param("to", window.to())
                .query(String.class).list();
    }
}
