package vn.daklak.ngoaivu.samples;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.ReportWindow;

/** The agency list of src/test/resources/samples/agencies.csv (a copy of the reference data). */
final class SampleAgencies {

    private static final List<SampleAgency> ALL = load();

    private SampleAgencies() {
    }

    static List<SampleAgency> all() {
        return ALL;
    }

    static SampleAgency get(String code) {
        return ALL.stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(code));
    }

    /** Codes of the agencies expected to report: reports=true and valid during some day of the period's window. */
    static List<String> expected(int year, Period period) {
        ReportWindow window = period.window(year);
        return ALL.stream().filter(SampleAgency::reports).filter(a -> a.validDuring(window.from(), window.to()))
                .map(SampleAgency::code).sorted().toList();
    }

    private static List<SampleAgency> load() {
        return SampleCsv.read("agencies.csv").stream().map(r -> new SampleAgency(r.get("code"), r.get("name"),
                r.get("short_name"), Arrays.asList(r.get("aliases").split("\\|")), r.get("kind"),
                Boolean.parseBoolean(r.get("reports")), LocalDate.parse(r.get("valid_from")),
                r.get("valid_to").isBlank() ? null : LocalDate.parse(r.get("valid_to")))).toList();
    }
}
