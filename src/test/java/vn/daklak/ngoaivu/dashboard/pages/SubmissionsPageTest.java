package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.dashboard.DashboardTest;
import vn.daklak.ngoaivu.normalize.Period;

/** Nộp báo cáo: the agency × period grid, its filter, each cell's history and the version diff. */
@DashboardTest
class SubmissionsPageTest extends ProvincePageTest {

    @Test
    void gridShowsEachAgencysStandingPerPeriod() throws Exception {
        Map<String, Map<Period, GridCell>> grid = grid("/submissions?year=2024&period=YEAR");

        assertThat(grid.get("SNGV").get(Period.YEAR)).isEqualTo(new GridCell(GridCell.State.ON_TIME, 1, 0));
        assertThat(grid.get("SVH").get(Period.YEAR)).isEqualTo(new GridCell(GridCell.State.LATE, 1, 0));
        assertThat(grid.get("STC").get(Period.YEAR)).isEqualTo(new GridCell(GridCell.State.REJECTED, 1, 0));
        assertThat(grid.get("HOSTILE").get(Period.YEAR)).isEqualTo(new GridCell(GridCell.State.MISSING, 0, 0));
        assertThat(grid.get("SNGV").get(Period.H1).state()).isEqualTo(GridCell.State.MISSING);
    }

    @Test
    void notYetReportedFilterKeepsAgenciesWithoutAnAcceptedReportForThePeriod() throws Exception {
        assertThat(grid("/submissions?year=2024&period=YEAR&outstanding=true").keySet())
                .containsExactlyInAnyOrder("STC", "HOSTILE");
    }

    @Test
    void historyListsEveryFileWithItsProblemsEscaped() throws Exception {
        mvc.perform(get("/submissions/history").param("agency", "STC").param("year", "2024").param("period", "YEAR")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bị từ chối")))
                .andExpect(content().string(containsString("Nhận lúc 15/12/2024 08:00 · 1 lỗi, 0 cảnh báo")))
                .andExpect(content().string(containsString("Mã nhiệm vụ &quot;NV99&quot; không có.")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))))
                // the feedback link is for operators
                .andExpect(content().string(not(containsString("/feedback/"))));
    }

    @Test
    void versionDiffShowsRowsAddedRemovedAndChangedWithOldAndNewValues() throws Exception {
        long old = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'SVH'").query(Long.class).single();
        long next = jdbc.sql("""
                INSERT INTO submission (sha256, file_name, file_size, received_at, agency_code, year, period, status,
                                        stored_path)
                VALUES (repeat('f', 64), 'SVH-v2.xlsx', 1000, '2024-12-23T08:00:00+07:00', 'SVH', 2024, 'YEAR',
                        'ACCEPTED', 'archive/SVH-v2.xlsx') RETURNING id""").query(Long.class).single();
        jdbc.sql("UPDATE submission SET is_current = false, superseded_by = ? WHERE id = ?").params(next, old).update();
        jdbc.sql("UPDATE submission SET is_current = true WHERE id = ?").param(next).update();
        jdbc.sql("""
                INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision,
                                   end_date, location, country, participants, foreign_guests)
                SELECT ?, row_no + 1, task_code, name, event_type, start_date, start_precision, end_date, location,
                       country, participants, 7 FROM event WHERE submission_id = ?""").params(next, old).update();
        jdbc.sql("""
                INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision,
                                   end_date, country) VALUES (?, 1, 'NV02', '<b>Đêm nhạc</b>', 'GIAO_LUU',
                                   DATE '2024-11-02', 'DAY', DATE '2024-11-02', 'VN')""").param(next).update();

        mvc.perform(get("/submissions/history").param("agency", "SVH").param("year", "2024").param("period", "YEAR")
                        .with(VIEWER))
                .andExpect(content().string(containsString("Đã được thay thế")))
                .andExpect(content().string(containsString("/submissions/diff?agency=SVH&amp;year=2024&amp;period=YEAR"
                        + "&amp;from=" + old + "&amp;to=" + next)));
        mvc.perform(get("/submissions/diff").param("agency", "SVH").param("year", "2024").param("period", "YEAR")
                        .param("from", Long.toString(old)).param("to", Long.toString(next)).with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>Sửa</td><td>NV01 · Hoạt động 1 · 01/10/2024</td>")))
                .andExpect(content().string(containsString("<td>Khách nước ngoài</td>\n"
                        + "          <td>0</td><td>7</td>")))
                .andExpect(content().string(containsString("<td>Thêm mới</td><td>NV02 · &lt;b&gt;Đêm nhạc&lt;/b&gt; · 02/11/2024</td>")))
                .andExpect(content().string(containsString("<td>Bỏ đi</td><td>NV02</td>")));

        // another agency's file, or a rejected one, cannot be compared through this agency
        long stc = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'STC'").query(Long.class).single();
        long sngv = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'SNGV' AND year = 2024").query(Long.class)
                .single();
        for (long forged : new long[] {stc, sngv, 999_999}) {
            mvc.perform(get("/submissions/diff").param("agency", "SVH").param("year", "2024").param("period", "YEAR")
                    .param("from", Long.toString(forged)).param("to", Long.toString(next)).with(VIEWER))
                    .andExpect(status().isNotFound());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<Period, GridCell>> grid(String url) throws Exception {
        List<GridRow> rows = (List<GridRow>) mvc.perform(get(url).with(VIEWER)).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("rows");
        return rows.stream().collect(Collectors.toMap(GridRow::code, GridRow::cells));
    }
}
