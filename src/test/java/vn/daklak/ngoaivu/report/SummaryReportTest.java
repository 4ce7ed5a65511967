package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

@SpringBootTest(properties = "ngvh.report.h1-deadline=--06-25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private ReportService service;
    @Autowired
    private ReportProperties properties;
    @Autowired
    private DataSource dataSource;
    @TempDir
    static Path output;

    private JsonNode year2024;

    @BeforeAll
    void loadScenarioAndBuildTheYear() throws IOException {
        ReportScenario.load(new ReportTestData(JdbcClient.create(dataSource)));
        year2024 = rebuildAndRead(2024, Period.YEAR);
    }

    @Test
    void summaryOfTheYearEqualsTheHandCountedFixture() throws IOException {
        JsonNode summary = year2024;

        assertThat(summary).isEqualTo(fixture("summary-2024-YEAR.json"));
    }

    @Test
    void keysComeInTheDocumentedOrderAndCountryAndPartnerKeysSorted() throws IOException {
        JsonNode summary = year2024;

        assertThat(fieldNames(summary)).containsExactly("year", "period", "submissions", "tasks", "events", "spending");
        assertThat(fieldNames(summary.at("/submissions"))).containsExactly("expected", "accepted", "rejected",
                "missing", "missingAgencies", "rejectedAgencies");
        assertThat(fieldNames(summary.at("/tasks/byStatus")))
                .containsExactly("DONE", "IN_PROGRESS", "NOT_STARTED", "CANCELLED", "POSTPONED");
        assertThat(fieldNames(summary.at("/events/byCountry"))).containsExactly("KR", "LA", "VN");
        assertThat(fieldNames(summary.at("/spending/bySource"))).containsExactly("STATE_BUDGET", "SOCIALIZED", "OTHER");
    }

    @Test
    void supersededVersionAndOtherPeriodRowsAreNotCounted() throws IOException {
        JsonNode summary = year2024;

        // the superseded SNGV file had 999 participants and a 1.000.000 đ row; the H1 file had a KH event
        assertThat(summary.at("/events/participants").asLong()).isEqualTo(330);
        assertThat(summary.at("/spending/total/spent").asLong()).isEqualTo(855_000_000L);
        assertThat(summary.at("/events/byCountry").has("KH")).isFalse();
    }

    @Test
    void expectationFollowsValidityAndReportsFlag() throws IOException {
        JsonNode submissions = year2024.at("/submissions");

        // HBD (district, valid to 2025-06-30) and SKHDT are expected and missing; SNNMT (from 2025-03-01) and
        // CAT (to 2023-06-30) are not expected; BDL (reports=false) counts in accepted only.
        assertThat(texts(submissions.at("/missingAgencies"))).contains("HBD", "SKHDT").doesNotContain("SNNMT", "CAT");
        assertThat(submissions.at("/expected").asInt()).isEqualTo(5);
        assertThat(submissions.at("/accepted").asInt()).isEqualTo(3);
    }

    @Test
    void rejectedOnlyAgencyIsRejectedAndMissingButRejectedThenAcceptedIsNeither() throws IOException {
        JsonNode submissions = year2024.at("/submissions");

        assertThat(texts(submissions.at("/rejectedAgencies"))).containsExactly("STC");
        assertThat(texts(submissions.at("/missingAgencies"))).contains("STC").doesNotContain("SVHTTDL");
    }

    @Test
    void halfYearCountsOnlyItsOwnFiles() throws IOException {
        JsonNode summary = rebuildAndRead(2024, Period.H1);

        assertThat(summary.at("/period").asText()).isEqualTo("H1");
        assertThat(summary.at("/submissions/expected").asInt()).isEqualTo(5);
        assertThat(texts(summary.at("/submissions/missingAgencies"))).containsExactly("HBD", "SKHDT", "SNGV", "STC");
        assertThat(summary.at("/submissions/rejected").asInt()).isZero();
        assertThat(summary.at("/tasks/byStatus/DONE").asInt()).isEqualTo(1);
        assertThat(summary.at("/events/byCountry/KH").asInt()).isEqualTo(1);
        assertThat(summary.at("/events/abroad").asInt()).isEqualTo(1);
        assertThat(summary.at("/spending/bySource/STATE_BUDGET/spent").asLong()).isEqualTo(7);
    }

    @Test
    void emptyPeriodStillHasEveryKeyAtZero() throws IOException {
        JsonNode summary = rebuildAndRead(2030, Period.H1);

        assertThat(texts(summary.at("/submissions/missingAgencies"))).containsExactly("SNGV", "SNNMT", "STC",
                "SVHTTDL");
        assertThat(summary.at("/submissions/rejectedAgencies").isArray()).isTrue();
        assertThat(summary.at("/tasks/reported").isInt()).isTrue();
        assertThat(summary.at("/tasks/byStatus").size()).isEqualTo(5);
        assertThat(summary.at("/tasks/byStatus/POSTPONED").asInt()).isZero();
        assertThat(summary.at("/events/byCountry").isObject()).isTrue();
        assertThat(summary.at("/events/byPartner").size()).isZero();
        assertThat(summary.at("/spending/bySource/OTHER/allocated").isIntegralNumber()).isTrue();
        assertThat(summary.at("/spending/total/spent").asLong()).isZero();
    }

    @Test
    void rebuildReplacesThePeriodFolderAsAWholeAndLeavesNoStagingFolder() throws IOException {
        Path root = output.resolve("rebuilt-twice");
        Path folder = service.rebuild(2024, Period.YEAR, root);
        Files.writeString(folder.resolve("stale.txt"), "from an earlier run");

        Path again = service.rebuild(2024, Period.YEAR, root);

        assertThat(again).isEqualTo(root.resolve("reports/2024/YEAR"));
        assertThat(again.resolve("stale.txt")).doesNotExist();
        assertThat(again.resolve("summary.json")).isRegularFile();
        try (Stream<Path> siblings = Files.list(again.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("YEAR");
        }
    }

    @Test
    void deadlinesBindFromMonthDayText() {
        assertThat(properties.h1Deadline()).isEqualTo(MonthDay.of(6, 25));
        assertThat(properties.yearDeadline()).isEqualTo(MonthDay.of(12, 20));
    }

    private JsonNode rebuildAndRead(int year, Period period) throws IOException {
        Path folder = service.rebuild(year, period, output);
        return JSON.readTree(folder.resolve("summary.json").toFile());
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = SummaryReportTest.class.getResourceAsStream("/report/" + name)) {
            return JSON.readTree(in);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
