package vn.daklak.ngoaivu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.ReportService;

/**
 * The dashboard in a real browser: signs in, changes the view, switches language, signs out; saves a screenshot of
 * each page under {@code target/screenshots/}. Skipped, with the reason printed, where Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "ngvh.dashboard.output=" + DashboardTest.OUTPUT,
                "ngvh.dashboard.input=" + DashboardTest.INPUT, "ngvh.ingest.settle-seconds=0"})
class DashboardBrowserTest {

    private static ChromeDriver browser;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;
    @Autowired
    private ReportService reports;

    @BeforeAll
    static void startBrowser() {
        if (!Browser.installed()) {
            System.out.println("BỎ QUA kiểm thử trình duyệt: không có " + Browser.CHROMIUM + " và " + Browser.DRIVER
                    + " (cài bằng: apt-get install -y chromium chromium-driver)");
        }
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed: browser tests skipped");
        browser = Browser.start(1366, 768);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void data() {
        new DashboardTestData(jdbc, commands).reset().province().user("quantri", Role.ADMIN);
        browser.manage().deleteAllCookies();
    }

    @Test
    void signInChangeTheViewSwitchToEnglishAndSignOut() throws Exception {
        browser.get(url("/?year=2024&period=YEAR"));
        assertThat(urlOnceItHas("/login")).endsWith("/login");
        Browser.screenshot(browser, "01-dang-nhap");

        signIn("quantri", DashboardTestData.PASSWORD);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan Cả năm 2024");
        assertThat(tileValue(0)).isEqualTo("2 / 4");
        Browser.screenshot(browser, "02-tong-quan");

        WebElement overview2024 = browser.findElement(By.tagName("html"));
        new Select(browser.findElement(By.id("year"))).selectByValue("2023");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(overview2024));
        assertThat(urlOnceItHas("year=2023")).contains("year=2023").contains("period=YEAR");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan Cả năm 2023");

        follow(browser, By.linkText("English"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview: Full year 2023");
        Browser.screenshot(browser, "03-overview-english");
        follow(browser, By.linkText("Tiếng Việt"));

        follow(browser, By.linkText("Nhật ký"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nhật ký hoạt động");
        Browser.screenshot(browser, "04-nhat-ky");

        follow(browser, By.cssSelector("form.inline button"));
        assertThat(urlOnceItHas("/login?logout")).endsWith("/login?logout");
    }

    @Test
    void openTheGridAnAgencysHistoryAndDownloadAReport() throws Exception {
        reports.rebuild(2024, Period.YEAR, Path.of(DashboardTest.OUTPUT));
        browser.get(url("/login"));
        signIn("quantri", DashboardTestData.PASSWORD);

        follow(browser, By.linkText("Nộp báo cáo"));
        assertThat(urlOnceItHas("/submissions")).contains("/submissions?year=2024&period=YEAR");
        Browser.screenshot(browser, "06-nop-bao-cao");

        follow(browser, By.xpath("//tr[th='Sở Tài chính']/td[2]/a"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sở Tài chính: Cả năm 2024");
        assertThat(browser.findElement(By.cssSelector("article.file td:nth-child(5)")).getText())
                .isEqualTo(DashboardTestData.HOSTILE_VALUE);
        Browser.screenshot(browser, "07-lich-su-nop");

        follow(browser, By.linkText("Tải về"));
        Browser.screenshot(browser, "08-tai-ve");
        String href = browser.findElement(By.linkText("summary.json")).getDomAttribute("href");
        assertThat(href).isEqualTo("/downloads/file?year=2024&period=YEAR&name=summary.json");

        follow(browser, By.linkText("Tổng quan"));
        assertThat(browser.findElements(By.cssSelector(".charts svg[role=img]"))).hasSize(4);
        // the colours are presentation attributes: the strict Content-Security-Policy keeps them
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector("
                + "'.charts svg rect[fill=\"rgb(78,121,167)\"]')).fill")).isEqualTo("rgb(78, 121, 167)");
        assertThat(browser.findElements(By.cssSelector(".charts svg .chart-tips title")).stream()
                .map(t -> t.getAttribute("textContent"))).contains("Đúng hạn · Số cơ quan: 1");
        // chart text is SVG text in the page, and the page runs its one script only
        assertThat(browser.findElements(By.cssSelector(".charts svg text")).stream()
                .map(t -> t.getAttribute("textContent"))).contains("Tình hình nộp báo cáo của các cơ quan năm 2024");
        assertThat(browser.findElements(By.cssSelector("script"))).hasSize(1);
        browser.executeScript("document.querySelector('.charts').scrollIntoView()");
        Browser.screenshot(browser, "09-tong-quan-bieu-do");
    }

    @Test
    void everyPageOpensFromTheMenuWithTheViewKept() throws Exception {
        browser.get(url("/login"));
        signIn("quantri", DashboardTestData.PASSWORD);
        String[][] pages = {
                {"Cơ quan", "10-co-quan", "Ban"}, {"Nhiệm vụ", "11-nhiem-vu", "Nhiệm vụ trong kế hoạch: Cả năm 2024"},
                {"Hoạt động", "12-hoat-dong", "Hoạt động, sự kiện: Cả năm 2024"},
                {"Kinh phí", "13-kinh-phi", "Kinh phí: Cả năm 2024"},
                {"Phân tích cuối năm", "14-phan-tich-cuoi-nam", "Bảng đánh giá kết quả thực hiện kế hoạch"},
                {"Tác vụ", "15-tac-vu", "Các lần chạy"}, {"Người dùng", "16-nguoi-dung", "Người dùng"}};
        for (String[] page : pages) {
            follow(browser, By.linkText(page[0]));
            assertThat(browser.getCurrentUrl()).contains("year=2024&period=YEAR");
            if (!page[2].equals("Ban")) {
                assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(page[2]);
            }
            Browser.screenshot(browser, page[1]);
        }
    }

    @Test
    void overviewOnAProjector() throws Exception {
        ChromeDriver projector = Browser.start(1920, 1080);
        try {
            projector.get(url("/login"));
            projector.findElement(By.id("username")).sendKeys("quantri");
            projector.findElement(By.id("password")).sendKeys(DashboardTestData.PASSWORD);
            follow(projector, By.cssSelector("form button[type=submit]"));
            assertThat(projector.findElements(By.cssSelector(".tile"))).hasSize(7);
            Browser.screenshot(projector, "17-tong-quan-1920x1080");
        } finally {
            projector.quit();
        }
    }

    @Test
    void wrongPasswordIsToldInVietnamese() throws Exception {
        browser.get(url("/login"));
        signIn("quantri", "khong-dung-mat-khau");

        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).startsWith("Không đăng nhập được");
        Browser.screenshot(browser, "05-dang-nhap-sai");
    }

    @Test
    void anOperatorRunsThePipelineNow() throws Exception {
        new DashboardTestData(jdbc, commands).user("vanhanh", Role.OPERATOR);
        java.nio.file.Files.copy(Path.of("input/inbox/SNGV-2024-YEAR.xlsx"),
                DashboardTestData.inputFolder(jdbc).resolve("SNGV-2024-YEAR.xlsx"));
        browser.get(url("/login"));
        signIn("vanhanh", DashboardTestData.PASSWORD);

        browser.findElement(By.linkText("Tác vụ")).click();
        browser.findElement(By.xpath("//button[text()='Chạy ngay']")).click();
        assertThat(browser.findElement(By.cssSelector("p[role=status]")).getText()).startsWith("Đã bắt đầu lần chạy.");
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            browser.navigate().refresh();
            return browser.findElement(By.cssSelector(".run-progress h2")).getText().endsWith("đã kết thúc");
        });
        assertThat(browser.findElements(By.cssSelector(".run-progress li")).stream().map(e -> e.getText()))
                .contains("Đã nạp lại danh mục cơ quan, đối tác và kế hoạch (có thay đổi).",
                        "Đã lập báo cáo 2024 YEAR: " + Path.of(DashboardTest.OUTPUT, "reports", "2024", "YEAR"));
        assertThat(browser.findElements(By.cssSelector(".run-progress .refusal"))).isEmpty();
        Browser.screenshot(browser, "18-chay-ngay");

        // the run's row opens the run: its summary line and what became of each file
        follow(browser, By.cssSelector("table.data tbody tr:first-child td a"));
        assertThat(browser.findElement(By.cssSelector("p.lead")).getText()).startsWith("Tổng kết: đã xem ");
        assertThat(browser.findElement(By.cssSelector("table.data tbody tr")).getText())
                .contains("SNGV-2024-YEAR.xlsx", "SNGV", "Cả năm 2024", "Chấp nhận");
        Browser.screenshot(browser, "20-lan-chay-tung-tep");
    }

    @Test
    void anOperatorChecksAFile() throws Exception {
        new DashboardTestData(jdbc, commands).user("vanhanh", Role.OPERATOR);
        DashboardTestData.inputFolder(jdbc);
        browser.get(url("/login"));
        signIn("vanhanh", DashboardTestData.PASSWORD);

        browser.findElement(By.linkText("Kiểm tra tệp")).click();
        browser.findElement(By.id("file")).sendKeys(Path.of("input/inbox/SNGV-2024-YEAR.xlsx").toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[text()='Kiểm tra']")).click();

        assertThat(browser.findElement(By.cssSelector(".verdict h2")).getText()).startsWith("Tệp SNGV-2024-YEAR.xlsx");
        Browser.screenshot(browser, "19-kiem-tra-tep");
    }

    private void signIn(String name, String password) {
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        follow(browser, By.cssSelector("form button[type=submit]"));
    }

    private String tileValue(int index) {
        return browser.findElements(By.cssSelector(".tile-value")).get(index).getText().replaceAll("\\s+", " ");
    }

    /** Clicks and waits until the browser has left the page: on a busy machine a click returns before that. */
    private static void follow(ChromeDriver driver, By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    /** A click returns before the browser has followed it on a busy machine: wait for the address to change. */
    private String urlOnceItHas(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
        return browser.getCurrentUrl();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
