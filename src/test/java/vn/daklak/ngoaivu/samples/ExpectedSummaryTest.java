package vn.daklak.ngoaivu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.daklak.ngoaivu.normalize.Period;

class ExpectedSummaryTest {

    @ParameterizedTest
    @ValueSource(strings = {"H1", "YEAR"})
    void submissionsAreConsistent(String period) {
        ExpectedSummary.Submissions s = SampleInbox.expected(2024, period).submissions();
        List<String> expected = SampleAgencies.expected(2024, Period.valueOf(period));

        assertThat(s.expected()).isEqualTo(expected.size()).isBetween(30, 40);
        assertThat(s.missing()).isEqualTo(s.missingAgencies().size());
        assertThat(s.rejected()).isEqualTo(s.rejectedAgencies().size()).isPositive();
        assertThat(s.missingAgencies()).isSorted().isSubsetOf(expected);
        assertThat(s.rejectedAgencies()).isSorted();
        Set<String> accepted = acceptedAgencies(Period.valueOf(period));
        assertThat(accepted).hasSize(s.accepted()).doesNotContainAnyElementsOf(s.missingAgencies())
                .doesNotContainAnyElementsOf(s.rejectedAgencies());
        assertThat(s.accepted() + s.missing()).isGreaterThanOrEqualTo(s.expected());
        assertThat(s.missingAgencies()).containsAll(s.rejectedAgencies().stream().filter(expected::contains).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"H1", "YEAR"})
    void figuresAddUp(String period) {
        ExpectedSummary summary = SampleInbox.expected(2024, period);

        assertThat(summary.tasks().byStatus()).containsOnlyKeys("DONE", "IN_PROGRESS", "NOT_STARTED", "CANCELLED",
                "POSTPONED");
        assertThat(summary.tasks().byStatus().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(summary.tasks().reported());
        ExpectedSummary.Events events = summary.events();
        assertThat(events.byCountry().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(events.total());
        assertThat(events.total() - events.byCountry().get("VN")).isEqualTo(events.abroad());
        assertThat(events.foreignGuests()).isLessThanOrEqualTo(events.participants());
        assertThat(summary.spending().bySource()).containsOnlyKeys("STATE_BUDGET", "SOCIALIZED", "OTHER");
        List<ExpectedSummary.Money> sources = List.copyOf(summary.spending().bySource().values());
        assertThat(summary.spending().total()).isEqualTo(new ExpectedSummary.Money(
                sources.stream().mapToLong(ExpectedSummary.Money::estimate).sum(),
                sources.stream().mapToLong(ExpectedSummary.Money::allocated).sum(),
                sources.stream().mapToLong(ExpectedSummary.Money::spent).sum()));
        assertThat(sources).allMatch(m -> m.estimate() > 0 && m.spent() <= m.allocated());
    }

    @Test
    void theAnnualFiguresCoverEveryPartnerAndCountryAndTheRejectionsOfTheIssue() {
        ExpectedSummary year = SampleInbox.expected(2024, "YEAR");

        assertThat(year.events().byCountry()).containsKeys("VN", "KR", "LA", "KH", "JP", "TH");
        assertThat(year.events().byPartner()).containsOnlyKeys("KR-JB", "LA-CH", "LA-AT", "LA-SL", "LA-XE", "KH-MK");
        assertThat(year.submissions().rejectedAgencies()).containsExactly("UBLAK");
        assertThat(year.submissions().accepted()).isGreaterThan(year.submissions().expected() - 5);
        assertThat(SampleInbox.expected(2024, "H1").submissions().rejectedAgencies()).containsExactly("BCHQS");
        assertThat(year.tasks().byStatus().get("DONE")).isGreaterThan(year.tasks().byStatus().get("IN_PROGRESS"));
    }

    @Test
    void onlyTheSecondVersionOfARepeatedReportCounts() {
        List<SampleSubmission> all = SampleInbox.submissions();
        SampleSubmission first = all.stream().filter(s -> s.fileName().endsWith("-lan1.xlsx")).findFirst()
                .orElseThrow();
        SampleSubmission second = all.stream().filter(s -> s.fileName().endsWith("-lan2.xlsx")).findFirst()
                .orElseThrow();
        List<SampleSubmission> withoutSecond = all.stream().filter(s -> s != second).toList();

        ExpectedSummary counted = SampleInbox.expected(2024, "YEAR");
        ExpectedSummary ifFirstCounted = SummaryCalculator.compute(withoutSecond, 2024, Period.YEAR);
        assertThat(first.agencyCode()).isEqualTo(second.agencyCode());
        assertThat(counted.events().total() - ifFirstCounted.events().total())
                .isEqualTo(second.events().size() - first.events().size()).isPositive();
        assertThat(counted.submissions()).isEqualTo(ifFirstCounted.submissions());
    }

    @Test
    void theNonExpectedReporterIsAcceptedButNotExpected() {
        ExpectedSummary year = SampleInbox.expected(2024, "YEAR");

        assertThat(acceptedAgencies(Period.YEAR)).contains("DHTN");
        assertThat(SampleAgencies.expected(2024, Period.YEAR)).doesNotContain("DHTN", "SNNMT", "SDTTG")
                .contains("SKHDT", "UBMDR");
        assertThat(year.submissions().accepted())
                .isEqualTo(year.submissions().expected() - year.submissions().missing() + 1);
    }

    @Test
    void theMapReadsBackFromJsonUnchanged() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Object> figures = SampleInbox.expected(2024, "YEAR").asMap();

        String json = mapper.writeValueAsString(figures);
        assertThat(mapper.readValue(json, Map.class)).isEqualTo(figures);
        assertThat(mapper.readTree(json)).isEqualTo(mapper.valueToTree(figures));
        assertThat(json).contains("\"rejectedAgencies\":[\"UBLAK\"]", "\"OTHER\":{\"estimate\":");
    }

    private static Set<String> acceptedAgencies(Period period) {
        Set<String> accepted = new HashSet<>();
        SampleInbox.submissions().stream().filter(s -> s.period() == period && s.expectedAccepted())
                .forEach(s -> accepted.add(s.agencyCode()));
        return accepted;
    }
}
