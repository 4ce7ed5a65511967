package vn.daklak.ngoaivu.template;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.normalize.EventType;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.PartnerRef;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.reference.ReferenceData;

/** The values of every drop-down list for one year, as the agencies will see them. */
final class TemplateLists {

    /**
     * Vietnamese names of the countries a province deals with most; every one of them is understood by
     * {@link vn.daklak.ngoaivu.normalize.Countries#toIso}. Others may still be typed (the check only warns).
     */
    static final List<String> COUNTRIES = List.of("Việt Nam", "Hàn Quốc", "Lào", "Campuchia", "Trung Quốc",
            "Nhật Bản", "Thái Lan", "Hoa Kỳ", "Pháp", "Đức", "Nga", "Úc", "Ấn Độ", "Singapore", "Malaysia",
            "Indonesia", "Philippines", "Myanmar", "Anh", "Canada", "Israel", "Hà Lan", "Bỉ", "Ý", "Tây Ban Nha",
            "Cuba", "Mông Cổ", "Đài Loan", "New Zealand");

    private TemplateLists() {
    }

    static Map<CodeList, List<String>> forYear(int year, ReferenceData reference) {
        Map<CodeList, List<String>> lists = new EnumMap<>(CodeList.class);
        lists.put(CodeList.TASKS, List.copyOf(reference.taskCodes(year)));
        lists.put(CodeList.STATUSES, statuses());
        lists.put(CodeList.EVENT_TYPES, eventTypes());
        lists.put(CodeList.COUNTRIES, COUNTRIES);
        lists.put(CodeList.PARTNERS, reference.partners().stream().map(PartnerRef::nameVi).toList());
        lists.put(CodeList.SOURCES, sources());
        lists.put(CodeList.PERIODS, TemplateFormat.PERIODS);
        lists.put(CodeList.AGENCIES, reportingAgencies(year, reference));
        return lists;
    }

    static List<String> statuses() {
        return Arrays.stream(TaskStatus.values()).map(TaskStatus::label).toList();
    }

    static List<String> eventTypes() {
        return Arrays.stream(EventType.values()).map(EventType::label).toList();
    }

    static List<String> sources() {
        return Arrays.stream(FundingSource.values()).map(FundingSource::label).toList();
    }

    /** Agencies expected to report in that year (SUBMISSION-FORMAT 2), by name. */
    private static List<String> reportingAgencies(int year, ReferenceData reference) {
        var window = Period.YEAR.window(year);
        return reference.agencies().stream()
                .filter(AgencyRef::reports)
                .filter(a -> a.validDuring(window.from(), window.to()))
                .map(AgencyRef::name)
                .toList();
    }
}
