package vn.daklak.ngoaivu.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** Test builder: the real reference CSVs (copied from /work/shared/reference into test resources) as ReferenceData. */
final class ReferenceCsv {

    private static final String DIR = "/template/";

    private ReferenceCsv() {
    }

    static ReferenceData load() {
        Map<String, String> groups = new LinkedHashMap<>();
        read("plan-groups.csv", r -> groups.put(r.get("code"), r.get("name")));
        List<PlanTaskRef> tasks = read("plan-2024-tasks.csv", ReferenceCsv::task);
        return ReferenceData.of(read("agencies.csv", ReferenceCsv::agency), read("partners.csv", ReferenceCsv::partner),
                groups, Map.of(2024, tasks));
    }

    static AgencyRef agency(String code) {
        return load().agencies().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    private static AgencyRef agency(CSVRecord r) {
        return new AgencyRef(r.get("code"), r.get("name"), r.get("short_name"), split(r.get("aliases")), r.get("kind"),
                Boolean.parseBoolean(r.get("reports")), date(r.get("valid_from")), date(r.get("valid_to")),
                blankToNull(r.get("successor")));
    }

    private static PartnerRef partner(CSVRecord r) {
        return new PartnerRef(r.get("code"), r.get("name_vi"), r.get("name_en"), r.get("country"),
                split(r.get("aliases")));
    }

    private static PlanTaskRef task(CSVRecord r) {
        return new PlanTaskRef(Integer.parseInt(r.get("year")), r.get("code"), r.get("group"), r.get("content"),
                r.get("lead_agency"), split(r.get("coordinating_agencies")), date(r.get("start")), date(r.get("end")),
                Long.valueOf(r.get("planned_budget")), FundingSource.valueOf(r.get("funding_source")),
                r.get("expected_output"));
    }

    private static <T> List<T> read(String file, Function<CSVRecord, T> mapper) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(DIR + file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<T> out = new ArrayList<>();
            format.parse(reader).forEach(r -> out.add(mapper.apply(r)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String pipeSeparated) {
        return pipeSeparated == null || pipeSeparated.isBlank() ? List.of()
                : Arrays.stream(pipeSeparated.split("\\|")).map(String::trim).toList();
    }

    private static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
