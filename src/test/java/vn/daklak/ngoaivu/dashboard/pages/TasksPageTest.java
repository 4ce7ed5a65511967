package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.dashboard.DashboardTest;

/** Nhiệm vụ: overdue tasks first, each agency's report. */
@DashboardTest
class TasksPageTest extends ProvincePageTest {

    @Test
    void tasksPutOverdueFirstWithEachAgencysReport() throws Exception {
        String page = mvc.perform(get("/tasks").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("Tuần văn hóa tại Nam Lào")).isLessThan(page.indexOf("Đoàn nghệ thuật tại Jeonbuk"));
        assertThat(page).contains("Quá hạn").contains("Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính")
                .contains("Đã tổ chức 3 buổi biểu diễn").contains("31/10/2025");
    }

    @Test
    void theRowsRenderedOnceAreRenderedAgainForTheOtherLanguageAndAfterAChange() throws Exception {
        assertThat(tasks(null)).contains(">Quá hạn</span>").doesNotContain("Overdue");
        assertThat(tasks("en")).contains(">Overdue</span>").doesNotContain("Quá hạn");
        assertThat(tasks("vi")).contains(">Quá hạn</span>");

        jdbc.sql("UPDATE plan_task SET content = ? WHERE code = 'NV02'").param("<b>Tuần</b> & Lào").update();

        assertThat(tasks("vi")).contains("<td>&lt;b&gt;Tuần&lt;/b&gt; &amp; Lào</td>").doesNotContain("<b>Tuần");
    }

    private String tasks(String lang) throws Exception {
        var request = get("/tasks").param("year", "2024").param("period", "YEAR").with(VIEWER);
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
