package vn.daklak.ngoaivu.report;

import vn.daklak.ngoaivu.normalize.Period;

/**
 * The 2024 data set shared by the report tests. Window of YEAR 2024: 15/12/2023 to 14/12/2024; deadline 20/12/2024.
 * <ul>
 * <li>SNGV: v1 accepted on time, then superseded by v2 (late): only v2's rows count, and SNGV is on time.</li>
 * <li>SVHTTDL: rejected, then accepted late; also an H1 file whose rows must not count in YEAR.</li>
 * <li>STC: two rejected files only: rejected and missing.</li>
 * <li>SKHDT (valid to 2025-02-28) and HBD (district, valid to 2025-06-30): expected, sent nothing.</li>
 * <li>SNNMT (valid from 2025-03-01), CAT (valid to 2023-06-30): not expected.</li>
 * <li>BDL: reports=false but sent an accepted file: accepted, not expected.</li>
 * </ul>
 */
final class ReportScenario {

    static final String HOSTILE_EVENT = "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")";

    private ReportScenario() {
    }

    static void load(ReportTestData data) {
        data.reset()
                .agency("SNGV", "Sở Ngoại vụ", "DEPARTMENT", true, "2000-01-01", null)
                .agency("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT", true, "2008-01-01", null)
                .agency("STC", "Sở Tài chính", "DEPARTMENT", true, "2000-01-01", null)
                .agency("SKHDT", "Sở Kế hoạch và Đầu tư", "DEPARTMENT", true, "2000-01-01", "2025-02-28")
                .agency("HBD", "UBND huyện Buôn Đôn", "DISTRICT", true, "2000-01-01", "2025-06-30")
                .agency("SNNMT", "Sở Nông nghiệp và Môi trường", "DEPARTMENT", true, "2025-03-01", null)
                .agency("CAT", "Công an tỉnh (cũ)", "SECURITY", true, "2000-01-01", "2023-06-30")
                .agency("BDL", "Báo Đắk Lắk", "MEDIA", false, "2000-01-01", null)
                .partner("KR-JB", "Tỉnh Jeonbuk", "KR")
                .partner("LA-CH", "Tỉnh Champasak", "LA")
                .group("A", "Giao lưu văn hóa")
                .planTask(2024, "NV01", "A", "Đoàn nghệ thuật tại Jeonbuk", "SNGV", "SVHTTDL|STC",
                        "2024-04-01", "2024-10-31", 850_000_000L)
                .planTask(2024, "NV02", "A", "Tuần văn hóa tại Nam Lào", "SVHTTDL", "SNGV",
                        "2024-05-01", "2024-11-30", 1_200_000_000L)
                .planTask(2024, "NV03", "A", "Thông tin đối ngoại", "BDL", "", "2024-01-01", "2024-12-31", null);

        long oldSngv = data.accepted("SNGV", 2024, Period.YEAR, "2024-12-10T09:00:00+07:00");
        data.task(oldSngv, 1, "NV01", "DONE", 100)
                .event(oldSngv, 1, "NV01", "Bản cũ", "2024-05-01", "KR", "KR-JB", 999, 99)
                .spending(oldSngv, 1, "NV01", "STATE_BUDGET", 1L, 1L, 1_000_000);

        long sngv = data.accepted("SNGV", 2024, Period.YEAR, "2024-12-22T10:00:00+07:00");
        data.task(sngv, 1, "NV01", "DONE", 100).task(sngv, 2, "NV02", "IN_PROGRESS", 50)
                .task(sngv, 3, "NV03", "DONE", 100)
                .event(sngv, 1, "NV02", "Tuần văn hóa Đắk Lắk tại Champasak", "2024-06-10", "LA", "LA-CH", 100, 20)
                .event(sngv, 2, "NV01", HOSTILE_EVENT, "2024-03-01", "VN", null, null, null)
                .spending(sngv, 1, "NV01", "STATE_BUDGET", 900_000_000L, 850_000_000L, 800_000_000)
                .spending(sngv, 2, "NV02", "SOCIALIZED", null, null, 50_000_000)
                .problem(sngv, "WARNING", "Hoạt động", 7, "Số khách quốc tế để trống.");

        data.rejected("SVHTTDL", 2024, Period.YEAR, "2024-12-15T08:00:00+07:00", "Mã nhiệm vụ \"NV99\" không có.");
        long svh = data.accepted("SVHTTDL", 2024, Period.YEAR, "2024-12-21T08:00:00+07:00");
        data.task(svh, 1, "NV01", "NOT_STARTED", 0).task(svh, 2, "NV03", "POSTPONED", null)
                .event(svh, 1, "NV01", "Đón đoàn Jeonbuk", "2024-09-05", "KR", "KR-JB", 30, 10)
                .spending(svh, 1, "NV03", "OTHER", 10_000_000L, 10_000_000L, 5_000_000);
        long svhH1 = data.accepted("SVHTTDL", 2024, Period.H1, "2024-06-18T08:00:00+07:00");
        data.task(svhH1, 1, "NV01", "DONE", 100)
                .event(svhH1, 1, "NV01", "Chỉ trong 6 tháng", "2024-02-01", "KH", null, 7, 7)
                .spending(svhH1, 1, "NV01", "STATE_BUDGET", 7L, 7L, 7);

        data.rejected("STC", 2024, Period.YEAR, "2024-12-18T08:00:00+07:00", "Thiếu trang Nhiệm vụ.");
        data.rejected("STC", 2024, Period.YEAR, "2024-12-19T08:00:00+07:00", "Năm báo cáo để trống.");

        long bdl = data.accepted("BDL", 2024, Period.YEAR, "2024-12-01T08:00:00+07:00");
        data.task(bdl, 1, "NV02", "CANCELLED", null)
                .event(bdl, 1, "NV03", "Chuyên mục đối ngoại", "2024-11-11", "VN", null, 200, 0);
    }
}
