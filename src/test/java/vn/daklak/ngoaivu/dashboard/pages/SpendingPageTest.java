package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.dashboard.DashboardTest;

/** Kinh phí: by source and agency, the execution rate, the spending charts. */
@DashboardTest
class SpendingPageTest extends ProvincePageTest {

    /** Drawn as a label of the chart by agency: short enough not to be cut there. */
    private static final String HOSTILE = "<script>alert('x')</script> & Co";

    @Test
    void spendingShowsEstimateAllocatedSpentAndTheRate() throws Exception {
        mvc.perform(get("/spending").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Đã thực hiện 600.000.000 đồng trên 800.000.000 đồng được duyệt; tỷ lệ giải ngân 75,0%.")))
                .andExpect(content().string(containsString("900.000.000 đồng")))
                .andExpect(content().string(containsString("<svg role=\"img\" aria-label=\"Kinh phí theo nguồn năm 2024\"")))
                .andExpect(content().string(containsString("<title>Ngân sách nhà nước · Đã thực hiện: 600</title>")))
                .andExpect(content().string(containsString("<title>Sở Ngoại vụ · Tỷ lệ giải ngân (%): 75</title>")));
    }

    @Test
    void anAgencyNameWithMarkupStaysTextInTheCharts() throws Exception {
        jdbc.sql("UPDATE agency SET name = ?, short_name = ? WHERE code = 'HOSTILE'").params(HOSTILE, HOSTILE).update();
        long id = jdbc.sql("INSERT INTO submission (sha256, file_name, file_size, received_at, ingested_at,"
                + " agency_code, year, period, status, is_current, stored_path) VALUES (repeat('d', 64), 'HOSTILE.xlsx',"
                + " 1000, TIMESTAMPTZ '2024-12-19T08:00:00+07:00', now(), 'HOSTILE', 2024, 'YEAR', 'ACCEPTED', true,"
                + " 'archive/HOSTILE.xlsx') RETURNING id").query(Long.class).single();
        jdbc.sql("INSERT INTO spending (submission_id, row_no, task_code, item, source, estimate, allocated, spent)"
                + " VALUES (?, 1, 'NV01', 'Chi', 'STATE_BUDGET', 10000000, 10000000, 5000000)").param(id).update();

        String page = mvc.perform(get("/spending").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String escaped = "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; Co";
        assertThat(page).contains(">" + escaped + "</text>")
                .contains("<title>" + escaped + " · Tỷ lệ giải ngân (%): 50</title>")
                .contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</td>")
                .doesNotContain("<script>alert").doesNotContain("& Co");
    }
}
