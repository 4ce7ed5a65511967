package vn.daklak.ngoaivu.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.normalize.Countries;
import vn.daklak.ngoaivu.normalize.EventType;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Every value a drop-down offers must be one the ingest understands. */
class TemplateListsTest {

    private final Map<CodeList, List<String>> lists = TemplateLists.forYear(2024, ReferenceCsv.load());

    @Test
    void everyCountryOfTheListIsUnderstood() {
        assertThat(lists.get(CodeList.COUNTRIES)).allSatisfy(name -> assertThat(Countries.toIso(name)).isPresent());
        assertThat(Countries.toIso("Hàn Quốc")).contains("KR");
    }

    @Test
    void everyStatusTypeSourceAndPeriodParsesBack() {
        assertThat(lists.get(CodeList.STATUSES)).map(s -> TaskStatus.parse(s).orElseThrow())
                .containsExactly(TaskStatus.values());
        assertThat(lists.get(CodeList.EVENT_TYPES)).map(s -> EventType.parse(s).orElseThrow())
                .containsExactly(EventType.values());
        assertThat(lists.get(CodeList.SOURCES)).map(s -> FundingSource.parse(s).orElseThrow())
                .containsExactly(FundingSource.values());
        assertThat(lists.get(CodeList.PERIODS)).map(s -> Period.parse(s).orElseThrow())
                .containsExactly(Period.H1, Period.YEAR);
    }
}
