package vn.daklak.ngoaivu.reference;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.PartnerRef;

/** Master data tables: replaced as a whole when their file changes, read back as {@link ReferenceData}. */
@Repository
class ReferenceStore {

    private final JdbcClient jdbc;

    ReferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> storedHash(String name) {
        return jdbc.sql("SELECT sha256 FROM reference_file WHERE name = ?").param(name).query(String.class).optional();
    }

    void recordHash(String name, String sha256) {
        jdbc.sql("""
                INSERT INTO reference_file (name, sha256, loaded_at) VALUES (?, ?, now())
                ON CONFLICT (name) DO UPDATE SET sha256 = EXCLUDED.sha256, loaded_at = now()""")
                .params(name, sha256).update();
    }

    void replaceAgencies(List<AgencyRef> agencies) {
        jdbc.sql("DELETE FROM agency").update();
        for (AgencyRef a : agencies) {
            jdbc.sql("""
                    INSERT INTO agency (code, name, short_name, aliases, kind, reports, valid_from, valid_to, successor)
                    VALUES (?, ?, ?, string_to_array(?, '|'), ?, ?, ?, ?, ?)""")
                    .params(a.code(), a.name(), a.shortName(), String.join("|", a.aliases()), a.kind(), a.reports(),
                            date(a.validFrom()), date(a.validTo()), a.successor())
                    .update();
        }
    }

    void replacePartners(List<PartnerRef> partners) {
        jdbc.sql("DELETE FROM partner").update();
        for (PartnerRef p : partners) {
            jdbc.sql("INSERT INTO partner (code, name_vi, name_en, country, aliases) VALUES (?, ?, ?, ?, string_to_array(?, '|'))")
                    .params(p.code(), p.nameVi(), p.nameEn(), p.country(), String.join("|", p.aliases())).update();
        }
    }

    void replaceGroups(Map<String, String> groups) {
        jdbc.sql("DELETE FROM plan_group").update();
        groups.forEach((code, name) -> jdbc.sql("INSERT INTO plan_group (code, name) VALUES (?, ?)").params(code, name).update());
    }

    void replacePlan(int year, List<PlanTaskRef> tasks) {
        jdbc.sql("DELETE FROM plan_task WHERE year = ?").param(year).update();
        for (PlanTaskRef t : tasks) {
            jdbc.sql("""
                    INSERT INTO plan_task (year, code, group_code, content, lead_agency, coordinating_agencies,
                        start_date, end_date, planned_budget, funding_source, expected_output)
                    VALUES (?, ?, ?, ?, ?, string_to_array(?, '|'), ?, ?, ?, ?, ?)""")
                    .params(t.year(), t.code(), t.group(), t.content(), t.leadAgency(),
                            String.join("|", t.coordinatingAgencies()), date(t.start()), date(t.end()),
                            t.plannedBudget(), t.fundingSource() == null ? null : t.fundingSource().name(),
                            t.expectedOutput())
                    .update();
        }
    }

    ReferenceData load() {
        List<AgencyRef> agencies = jdbc.sql("SELECT * FROM agency ORDER BY code").query((rs, n) -> new AgencyRef(
                rs.getString("code"), rs.getString("name"), rs.getString("short_name"), array(rs.getArray("aliases")),
                rs.getString("kind"), rs.getBoolean("reports"), localDate(rs.getDate("valid_from")),
                localDate(rs.getDate("valid_to")), rs.getString("successor"))).list();
        List<PartnerRef> partners = jdbc.sql("SELECT * FROM partner ORDER BY code").query((rs, n) -> new PartnerRef(
                rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), rs.getString("country"),
                array(rs.getArray("aliases")))).list();
        Map<String, String> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM plan_group ORDER BY code").query(rs -> {
            groups.put(rs.getString(1), rs.getString(2));
        });
        Map<Integer, List<PlanTaskRef>> plans = new TreeMap<>();
        jdbc.sql("SELECT * FROM plan_task ORDER BY year, code").query((rs, n) -> new PlanTaskRef(rs.getInt("year"),
                        rs.getString("code"), rs.getString("group_code"), rs.getString("content"),
                        rs.getString("lead_agency"), array(rs.getArray("coordinating_agencies")),
                        localDate(rs.getDate("start_date")), localDate(rs.getDate("end_date")),
                        (Long) rs.getObject("planned_budget", Long.class),
                        rs.getString("funding_source") == null ? null : FundingSource.valueOf(rs.getString("funding_source")),
                        rs.getString("expected_output"))).list()
                .forEach(t -> plans.computeIfAbsent(t.year(), y -> new java.util.ArrayList<>()).add(t));
        return ReferenceData.of(agencies, partners, groups, new HashMap<>(plans));
    }

    private static List<String> array(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
