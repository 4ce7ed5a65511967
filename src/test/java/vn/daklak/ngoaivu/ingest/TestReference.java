package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.PartnerRef;
import vn.daklak.ngoaivu.reference.PlanTaskRef;
import vn.daklak.ngoaivu.reference.ReferenceData;

/** The real master data of /work/shared/reference (copied under test resources), optionally with more plan years. */
final class TestReference {

    private static final String DIR = "/ingest/reference/";

    private TestReference() {
    }

    /** Agencies, partners, groups and the 2024 plan. */
    static ReferenceData load() {
        return withPlanCopies();
    }

    /** As {@link #load()}, plus the 2024 plan copied to each of {@code years} (the real data has only 2024). */
    static ReferenceData withPlanCopies(int... years) {
        List<PlanTaskRef> plan2024 = csv("plan-2024-tasks.csv", TestReference::planTask);
        Map<Integer, List<PlanTaskRef>> plans = new LinkedHashMap<>();
        plans.put(2024, plan2024);
        for (int year : years) {
            plans.put(year, plan2024.stream().map(t -> new PlanTaskRef(year, t.code(), t.group(), t.content(),
                    t.leadAgency(), t.coordinatingAgencies(), t.start().withYear(year), t.end().withYear(year),
                    t.plannedBudget(), t.fundingSource(), t.expectedOutput())).toList());
        }
        Map<String, String> groups = new LinkedHashMap<>();
        csv("plan-groups.csv", r -> groups.put(r.get("code"), r.get("name")));
        return ReferenceData.of(csv("agencies.csv", TestReference::agency), csv("partners.csv", TestReference::partner),
                groups, plans);
    }

    private static AgencyRef agency(CSVRecord r) {
        return new AgencyRef(r.get("code"), r.get("name"), r.get("short_name"), list(r.get("aliases")), r.get("kind"),
                Boolean.parseBoolean(r.get("reports")), date(r.get("valid_from")), date(r.get("valid_to")),
                r.get("successor").isBlank() ? null : r.get("successor"));
    }

    private static PartnerRef partner(CSVRecord r) {
        return new PartnerRef(r.get("code"), r.get("name_vi"), r.get("name_en"), r.get("country"),
                list(r.get("aliases")));
    }

    private static PlanTaskRef planTask(CSVRecord r) {
        return new PlanTaskRef(Integer.parseInt(r.get("year")), r.get("code"), r.get("group"), r.get("content"),
                r.get("lead_agency"), list(r.get("coordinating_agencies")), date(r.get("start")), date(r.get("end")),
                Long.parseLong(r.get("planned_budget")), FundingSource.valueOf(r.get("funding_source")),
                r.get("expected_output"));
    }

    private static List<String> list(String piped) {
        return piped.isBlank() ? List.of() : Arrays.stream(piped.split("\\|")).map(String::strip).toList();
    }

    private static LocalDate date(String iso) {
        return iso.isBlank() ? null : LocalDate.parse(iso);
    }

    private static <T> List<T> csv(String name, Function<CSVRecord, T> mapper) {
        try (InputStream in = TestReference.class.getResourceAsStream(DIR + name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(mapper).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
