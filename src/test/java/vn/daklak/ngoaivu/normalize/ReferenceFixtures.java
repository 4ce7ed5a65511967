package vn.daklak.ngoaivu.normalize;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Test builder: the master data of src/test/resources/normalize (copies of the real reference CSV files). */
final class ReferenceFixtures {

    private ReferenceFixtures() {
    }

    static List<AgencyRef> agencies() {
        return read("/normalize/agencies.csv", r -> new AgencyRef(r.get("code"), r.get("name"), r.get("short_name"),
                split(r.get("aliases")), r.get("kind"), Boolean.parseBoolean(r.get("reports")),
                date(r.get("valid_from")), date(r.get("valid_to")), r.get("successor")));
    }

    static List<PartnerRef> partners() {
        return read("/normalize/partners.csv", r -> new PartnerRef(r.get("code"), r.get("name_vi"), r.get("name_en"),
                r.get("country"), split(r.get("aliases"))));
    }

    private static <T> List<T> read(String resource, Function<CSVRecord, T> row) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(ReferenceFixtures.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            List<T> rows = new ArrayList<>();
            format.parse(in).forEach(r -> rows.add(row.apply(r)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String aliases) {
        return aliases.isBlank() ? List.of() : Arrays.asList(aliases.split("\\|"));
    }

    private static LocalDate date(String iso) {
        return iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
