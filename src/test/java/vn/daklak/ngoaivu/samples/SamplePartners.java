package vn.daklak.ngoaivu.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;

/** The partner localities of partners.csv and the ways agencies write them. */
final class SamplePartners {

    private static final Map<String, List<String>> WRITTEN_FORMS = SampleCsv.read("partners.csv").stream()
            .collect(Collectors.toMap(r -> r.get("code"), SamplePartners::forms));

    private SamplePartners() {
    }

    /** Code, Vietnamese name, English name, then every alias. */
    static List<String> writtenForms(String code) {
        return WRITTEN_FORMS.get(code);
    }

    private static List<String> forms(CSVRecord r) {
        List<String> forms = new ArrayList<>(List.of(r.get("code"), r.get("name_vi"), r.get("name_en")));
        forms.addAll(List.of(r.get("aliases").split("\\|")));
        return List.copyOf(forms);
    }
}
