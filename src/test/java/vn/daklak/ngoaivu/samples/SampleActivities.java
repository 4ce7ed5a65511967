package vn.daklak.ngoaivu.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.daklak.ngoaivu.samples.SamplePlan.PlanTask;

/** Picks and dates the activities an agency carried out in one half of the year. */
final class SampleActivities {

    private static final List<String> NOTES = List.of("", "", "", "Phối hợp với Sở Ngoại vụ",
            "Có phiên dịch tiếng Lào", "Báo Đắk Lắk, Đài PT-TH tỉnh đưa tin", "Kinh phí xã hội hóa một phần",
            "Có phiên dịch tiếng Hàn", "");

    private final Random random;
    private final int year;

    SampleActivities(Random random, int year) {
        this.random = random;
        this.year = year;
    }

    /** The activities of the first half (15/12 of the year before to 14/06) or the second (15/06 to 14/12). */
    List<EventReport> of(SampleAgency agency, List<PlanTask> tasks, boolean firstHalf) {
        List<EventReport> events = new ArrayList<>();
        EventTemplate fallback = null;
        for (PlanTask task : tasks) {
            double chance = task.lead().equals(agency.code()) ? 0.9 : 0.6;
            for (EventTemplate template : EventCatalogue.of(task.code(), agency.code())) {
                if (template.months().stream().anyMatch(m -> inHalf(m, firstHalf))) {
                    fallback = fallback == null ? template : fallback;
                    if (random.nextDouble() < chance) {
                        events.add(event(agency, template, firstHalf));
                    }
                }
            }
        }
        // an agency that could do something in this half reports at least one activity
        if (events.isEmpty() && fallback != null) {
            events.add(event(agency, fallback, firstHalf));
        }
        return events;
    }

    private static boolean inHalf(int month, boolean firstHalf) {
        return firstHalf ? month <= 6 || month == 12 : month >= 6;
    }

    private EventReport event(SampleAgency agency, EventTemplate template, boolean firstHalf) {
        List<Integer> months = template.months().stream().filter(m -> inHalf(m, firstHalf)).toList();
        LocalDate start = day(months.get(random.nextInt(months.size())), firstHalf);
        LocalDate windowEnd = firstHalf ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 12, 14);
        LocalDate end = start.plusDays(template.maxPeople() > 200 ? random.nextInt(4) : random.nextInt(2));
        int participants = template.minPeople() + random.nextInt(template.maxPeople() - template.minPeople() + 1);
        String partnerAsWritten = null;
        if (template.partner() != null) {
            List<String> forms = SamplePartners.writtenForms(template.partner());
            partnerAsWritten = forms.get(random.nextInt(forms.size()));
        }
        String place = agency.isDistrict() ? agency.locality() : "tỉnh Đắk Lắk";
        return new EventReport(
                template.task(), template.name().replace("{noi}", place), template.type(),
                start, end.isAfter(windowEnd) ? windowEnd : end, template.location().replace("{noi}", place),
                template.country(), template.partner(), partnerAsWritten, participants,
                participants * template.foreignPercent() / 100, template.ocop(), template.heritage(),
                NOTES.get(random.nextInt(NOTES.size())));
    }

    /** A day of {@code month} inside the half's window (December of a first half is the year before's). */
    private LocalDate day(int month, boolean firstHalf) {
        int y = firstHalf && month == 12 ? year - 1 : year;
        YearMonth ym = YearMonth.of(y, month);
        int from = 1;
        int to = ym.lengthOfMonth();
        if (month == 12 && firstHalf || month == 6 && !firstHalf) {
            from = 15;
        }
        if (month == 12 && !firstHalf || month == 6 && firstHalf) {
            to = 14;
        }
        return ym.atDay(from + random.nextInt(to - from + 1));
    }
}
