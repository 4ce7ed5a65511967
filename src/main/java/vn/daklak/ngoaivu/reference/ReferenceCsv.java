package vn.daklak.ngoaivu.reference;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.PartnerRef;
import vn.daklak.ngoaivu.normalize.TaskCodes;

/** Parses the operator-maintained CSV files of SUBMISSION-FORMAT section 2. */
final class ReferenceCsv {

    private static final Set<String> KINDS = Set.of("DEPARTMENT", "DISTRICT", "ORGANIZATION", "SECURITY", "MEDIA");

    private ReferenceCsv() {
    }

    static List<AgencyRef> agencies(Path file) {
        return CsvRecords.read(file, List.of("code", "name", "short_name", "aliases", "kind", "reports", "valid_from",
                "valid_to", "successor"), r -> {
                    String kind = r.required("kind").toUpperCase();
                    if (!KINDS.contains(kind)) {
                        throw r.error("kind", "\"" + kind + "\" không thuộc " + KINDS + ".");
                    }
                    return new AgencyRef(r.required("code").toUpperCase(), r.required("name"), r.text("short_name"),
                            r.list("aliases"), kind, r.bool("reports"), r.date("valid_from"), r.date("valid_to"),
                            blankToNull(r.text("successor").toUpperCase()));
                });
    }

    static List<PartnerRef> partners(Path file) {
        return CsvRecords.read(file, List.of("code", "name_vi", "name_en", "country", "aliases"), r -> {
            String country = r.required("country").toUpperCase();
            if (!country.matches("[A-Z]{2}")) {
                throw r.error("country", "\"" + country + "\" phải là mã quốc gia 2 chữ cái (ISO 3166-1, ví dụ KR).");
            }
            return new PartnerRef(r.required("code").toUpperCase(), r.required("name_vi"), r.text("name_en"), country,
                    r.list("aliases"));
        });
    }

    static Map<String, String> groups(Path file) {
        Map<String, String> groups = new LinkedHashMap<>();
        CsvRecords.read(file, List.of("code", "name"), r -> groups.put(r.required("code").toUpperCase(), r.required("name")));
        return groups;
    }

    static List<PlanTaskRef> plan(Path file, int fileYear) {
        return CsvRecords.read(file, List.of("year", "code", "group", "content", "lead_agency", "coordinating_agencies",
                "start", "end", "planned_budget", "funding_source", "expected_output"), r -> {
                    int year = r.integer("year");
                    if (year != fileYear) {
                        throw r.error("year", "năm " + year + " khác năm trong tên tệp (" + fileYear + ").");
                    }
                    String code = TaskCodes.normalize(r.required("code"))
                            .orElseThrow(() -> r.error("code", "\"" + r.text("code") + "\" không phải mã nhiệm vụ (ví dụ NV01)."));
                    String source = r.text("funding_source");
                    FundingSource funding = source.isEmpty() ? null : FundingSource.parse(source)
                            .orElseThrow(() -> r.error("funding_source", "\"" + source
                                    + "\" phải là STATE_BUDGET, SOCIALIZED hoặc OTHER."));
                    return new PlanTaskRef(year, code, r.text("group").toUpperCase(), r.required("content"),
                            blankToNull(r.text("lead_agency").toUpperCase()),
                            r.list("coordinating_agencies").stream().map(String::toUpperCase).toList(),
                            r.date("start"), r.date("end"), r.money("planned_budget"), funding,
                            r.text("expected_output"));
                });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
