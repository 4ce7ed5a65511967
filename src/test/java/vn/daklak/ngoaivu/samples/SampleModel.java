package vn.daklak.ngoaivu.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.ReportWindow;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Builds every sample submission of the roster from one fixed seed. */
final class SampleModel {

    static final int YEAR = 2024;
    private static final long SEED = 20_240_615L;

    private SampleModel() {
    }

    /** All submissions in processing order (which is also file-name order). */
    static List<SampleSubmission> submissions() {
        Map<String, AgencyYear> years = agencyYears();
        List<SampleSubmission> all = new ArrayList<>();
        for (SampleRoster.Entry entry : SampleRoster.entries()) {
            AgencyYear year = years.get(entry.agency());
            all.add(new SampleSubmission(entry.fileName(), written(year.agency(), entry.style().naming()),
                    entry.agency(), YEAR, entry.period(), tasks(year, entry), year.events(entry.period()),
                    year.spending(entry.period()), entry.expectedAccepted(), entry.style()));
        }
        all.replaceAll(SampleModel::asFirstDraft);
        all.sort(Comparator.comparing(SampleSubmission::fileName));
        return List.copyOf(all);
    }

    /** Every agency valid in the year, generated in agencies.csv order so the roster does not change the content. */
    private static Map<String, AgencyYear> agencyYears() {
        Random random = new Random(SEED);
        SampleReports reports = new SampleReports(random, YEAR);
        Map<String, AgencyYear> years = new LinkedHashMap<>();
        ReportWindow window = Period.YEAR.window(YEAR);
        SampleAgencies.all().stream().filter(a -> a.validDuring(window.from(), window.to()))
                .forEach(a -> years.put(a.code(), reports.of(a)));
        return years;
    }

    private static List<TaskReport> tasks(AgencyYear year, SampleRoster.Entry entry) {
        List<TaskReport> tasks = new ArrayList<>(year.tasks(entry.period()));
        if (entry.style().has(Quirk.UNKNOWN_TASK_CODE)) {
            // last year's code numbering, a mistake agencies really make
            tasks.add(new TaskReport("NV99", "Tổ chức Ngày hội văn hóa các dân tộc với khách quốc tế",
                    TaskStatus.DONE, 100, "Đã tổ chức tại trung tâm huyện", "", ""));
        }
        return tasks;
    }

    /**
     * The first of two versions of a report (file name ending in -lan1): it lacked the last activity and its last
     * spending row had not been updated, which is why the agency sent it again.
     */
    private static SampleSubmission asFirstDraft(SampleSubmission s) {
        if (!s.fileName().contains("-lan1")) {
            return s;
        }
        List<SpendingReport> spending = new ArrayList<>(s.spending());
        SpendingReport last = spending.remove(spending.size() - 1);
        spending.add(new SpendingReport(last.taskCode(), last.item(), last.source(), last.estimate(),
                last.allocated(), last.spent() / 2 / 1_000_000 * 1_000_000));
        return new SampleSubmission(s.fileName(), s.agencyAsWritten(), s.agencyCode(), s.year(), s.period(),
                s.tasks(), s.events().subList(0, s.events().size() - 1), spending, s.expectedAccepted(), s.style());
    }

    private static String written(SampleAgency agency, AgencyNaming naming) {
        return switch (naming) {
            case FULL_NAME -> agency.name();
            case SHORT_NAME -> agency.shortName();
            case ALIAS -> agency.aliases().get(0);
            case OLD_TONES -> agency.name().replace("hóa", "hoá").replace("Ủy", "Uỷ").replace("thủy", "thuỷ");
            case CODE_ONLY -> agency.code();
        };
    }
}
