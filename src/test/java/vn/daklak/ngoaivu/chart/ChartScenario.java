package vn.daklak.ngoaivu.chart;

/**
 * The test data: the annual reports of 2023, 2024 and 2025 and one 6-month report of 2024, across the 2025 merger of
 * Sở KH&ĐT (SKHDT) into Sở Tài chính (STC). The expected figures in the tests are worked out by hand from here.
 */
final class ChartScenario {

    static final long MILLION = 1_000_000L;

    private ChartScenario() {
    }

    static void load(ChartTestData data) {
        data.clear();
        agencies(data);
        year2023(data);
        year2024(data);
        firstHalf2024(data);
        year2025(data);
    }

    private static void agencies(ChartTestData data) {
        data.agency("SNGV", "Sở Ngoại vụ", true, "2000-01-01", null, null)
                .agency("STC", "Sở Tài chính", true, "2000-01-01", null, null)
                .agency("SKHDT", "Sở KH&ĐT", true, "2000-01-01", "2025-02-28", "STC")
                .agency("SVHTTDL", "Sở VHTTDL", true, "2008-01-01", null, null)
                .agency("UBLAK", "UBND H. Lắk", true, "2000-01-01", "2025-06-30", null)
                .agency("BAODL", "Báo Đắk Lắk", false, "2000-01-01", null, null)
                .agency("CAT", "Công an tỉnh", true, "2000-01-01", null, null)
                .agency("SGTVT", "Sở GTVT", true, "2000-01-01", "2023-06-30", "SXD")
                .agency("SMOI", "Sở Mới", true, "2024-12-10", null, null);
        data.partner("KR-JB", "tỉnh Jeollabuk (Hàn Quốc)", "KR")
                .partner("LA-CH", "tỉnh Champasak (Lào)", "LA")
                .partner("KH-MK", "tỉnh Mondulkiri (Campuchia)", "KH");
    }

    private static void year2023(ChartTestData data) {
        long skhdt = data.accepted("SKHDT", 2023, "YEAR", "2023-12-18T09:00:00+07:00");
        data.task(skhdt, "DONE").task(skhdt, "DONE").event(skhdt, "KR", "KR-JB", "2023-05-05")
                .spending(skhdt, "STATE_BUDGET", 40 * MILLION, 40 * MILLION, 40 * MILLION);
        long sngv = data.accepted("SNGV", 2023, "YEAR", "2023-12-18T09:00:00+07:00");
        data.task(sngv, "DONE").event(sngv, "VN", null, "2023-06-01");
    }

    private static void year2024(ChartTestData data) {
        long old = data.superseded("SNGV", 2024, "YEAR", "2024-12-01T09:00:00+07:00");
        data.task(old, "CANCELLED").event(old, "VN", null, "2024-02-01")
                .spending(old, "STATE_BUDGET", 999 * MILLION, 999 * MILLION, 999 * MILLION);
        long sngv = data.accepted("SNGV", 2024, "YEAR", "2024-12-18T10:00:00+07:00");
        data.task(sngv, "DONE").task(sngv, "DONE").task(sngv, "IN_PROGRESS")
                .event(sngv, "KR", "KR-JB", "2024-03-10").event(sngv, "VN", "LA-CH", "2024-05-02")
                .event(sngv, "VN", null, "2023-12-20")
                .spending(sngv, "STATE_BUDGET", 100 * MILLION, 80 * MILLION, 60 * MILLION)
                .spending(sngv, "SOCIALIZED", null, null, 20 * MILLION);
        long stc = data.accepted("STC", 2024, "YEAR", "2024-12-20T23:30:00+07:00");
        data.task(stc, "DONE").task(stc, "POSTPONED").event(stc, "LA", "LA-CH", "2024-07-15")
                .spending(stc, "STATE_BUDGET", 50 * MILLION, 50 * MILLION, 50 * MILLION);
        long skhdt = data.accepted("SKHDT", 2024, "YEAR", "2024-12-21T00:30:00+07:00");
        data.task(skhdt, "NOT_STARTED").task(skhdt, "DONE")
                .event(skhdt, "KR", null, "2024-11-30").event(skhdt, "KH", "KH-MK", "2025-01-10")
                .spending(skhdt, "OTHER", 10 * MILLION, 8 * MILLION, 5 * MILLION);
        data.rejected("SVHTTDL", 2024, "YEAR", "2024-12-10T08:00:00+07:00");
        data.rejected("SVHTTDL", 2024, "YEAR", "2024-12-15T08:00:00+07:00");
        data.rejected("UBLAK", 2024, "YEAR", "2024-12-10T08:00:00+07:00");
        long ublak = data.accepted("UBLAK", 2024, "YEAR", "2025-01-05T08:00:00+07:00");
        data.task(ublak, "CANCELLED").spending(ublak, "STATE_BUDGET", 30 * MILLION, 0L, 0);
        long baodl = data.accepted("BAODL", 2024, "YEAR", "2024-12-19T08:00:00+07:00");
        data.task(baodl, "DONE").event(baodl, "VN", null, "2024-01-15");
    }

    private static void firstHalf2024(ChartTestData data) {
        long sngv = data.accepted("SNGV", 2024, "H1", "2024-06-15T08:00:00+07:00");
        data.task(sngv, "IN_PROGRESS").event(sngv, "LA", null, "2024-04-01")
                .spending(sngv, "STATE_BUDGET", 7 * MILLION, 7 * MILLION, 7 * MILLION);
    }

    private static void year2025(ChartTestData data) {
        long stc = data.accepted("STC", 2025, "YEAR", "2025-12-18T08:00:00+07:00");
        data.task(stc, "DONE").event(stc, "VN", null, "2025-03-09")
                .spending(stc, "STATE_BUDGET", 70 * MILLION, 70 * MILLION, 70 * MILLION);
        long sngv = data.accepted("SNGV", 2025, "YEAR", "2025-12-18T08:00:00+07:00");
        data.task(sngv, "DONE");
    }
}
