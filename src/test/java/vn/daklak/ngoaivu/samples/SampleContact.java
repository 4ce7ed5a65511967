package vn.daklak.ngoaivu.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.daklak.ngoaivu.normalize.Period;

/** The preparer's contact on a submission, derived from its agency so it stays the same in every run. */
record SampleContact(String preparer, String phone, String email, LocalDate date) {

    private static final List<String> PEOPLE = List.of("Nguyễn Thị Hương", "Trần Văn Minh", "H'Nga Niê",
            "Lê Thị Thu Hà", "Y Khoa Buôn Yă", "Phạm Quốc Tuấn", "Võ Thị Mai", "Đặng Hoàng Long", "H'Liên Êban",
            "Hoàng Văn Thắng", "Bùi Thị Lan Anh");

    static SampleContact of(SampleSubmission submission) {
        int n = SampleAgencies.all().indexOf(SampleAgencies.get(submission.agencyCode())) % PEOPLE.size();
        LocalDate date = submission.period() == Period.H1
                ? LocalDate.of(submission.year(), 6, 15 + n % 5) : LocalDate.of(submission.year(), 12, 15 + n % 5);
        String phone = String.format(Locale.ROOT, "0262 38%02d %03d", 10 + n * 7, 100 + n * 37 % 900);
        return new SampleContact(PEOPLE.get(n), phone,
                "vanthu." + submission.agencyCode().toLowerCase(Locale.ROOT) + "@daklak.gov.vn", date);
    }
}
