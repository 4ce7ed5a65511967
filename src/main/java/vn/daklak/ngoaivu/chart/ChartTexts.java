package vn.daklak.ngoaivu.chart;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import vn.daklak.ngoaivu.normalize.Countries;
import vn.daklak.ngoaivu.normalize.Period;

/** Every Vietnamese text drawn on the charts, in one place so the font test can check them all. */
final class ChartTexts {

    static final String PLAN = "Kế hoạch Ngoại giao văn hóa tỉnh Đắk Lắk";

    static final String TASK_STATUS = "Tình trạng thực hiện nhiệm vụ";
    static final String TASK_STATUS_BY_AGENCY = "Tình trạng thực hiện nhiệm vụ theo cơ quan";
    static final String EVENTS_BY_COUNTRY = "Hoạt động, sự kiện theo quốc gia diễn ra";
    static final String EVENTS_BY_PARTNER = "Hoạt động, sự kiện theo địa phương đối tác";
    static final String EVENTS_PER_MONTH = "Hoạt động, sự kiện theo tháng";
    static final String SPENDING_BY_SOURCE = "Kinh phí theo nguồn";
    static final String BUDGET_EXECUTION = "Tỷ lệ giải ngân kinh phí theo cơ quan";
    static final String SUBMISSIONS = "Tình hình nộp báo cáo của các cơ quan";
    static final String YEARS = "So sánh kết quả qua các năm";
    static final String SPENDING_YEARS = "Kinh phí đã thực hiện qua các năm";
    static final String TASKS_DONE_YEARS = "Nhiệm vụ hoàn thành theo cơ quan qua các năm";

    static final String AGENCY = "Cơ quan, đơn vị";
    static final String TASK_COUNT = "Số nhiệm vụ";
    static final String EVENT_COUNT = "Số hoạt động, sự kiện";
    static final String AGENCY_COUNT = "Số cơ quan";
    static final String QUANTITY = "Số lượng";
    static final String COUNTRY = "Quốc gia";
    static final String PARTNER = "Địa phương đối tác";
    static final String MONTH = "Tháng";
    static final String YEAR = "Năm";
    static final String SOURCE = "Nguồn kinh phí";
    static final String MILLION_VND = "Triệu đồng";
    static final String ESTIMATE = "Dự toán";
    static final String ALLOCATED = "Được duyệt";
    static final String SPENT = "Đã thực hiện";
    static final String RATE = "Tỷ lệ giải ngân (%)";
    static final String ON_TIME = "Đúng hạn";
    static final String LATE = "Trễ hạn";
    static final String REJECTED = "Bị từ chối, chưa có bản hợp lệ";
    static final String MISSING = "Chưa nộp";
    static final String TASKS_DONE = "Nhiệm vụ hoàn thành";
    static final String EVENTS = "Hoạt động, sự kiện";
    static final String ABROAD = "Hoạt động ở nước ngoài";
    static final String NO_DATA = "Chưa có số liệu";

    private ChartTexts() {
    }

    /** {@code Tình trạng thực hiện nhiệm vụ năm 2024}, {@code … 6 tháng đầu năm 2024}. */
    static String title(String subject, int year, Period period) {
        return subject + " " + period.label(year);
    }

    /** Year-over-year titles name the period compared: {@code … (kỳ báo cáo 6 tháng đầu năm)}. */
    static String yearsTitle(String subject, Period period) {
        return subject + " (kỳ báo cáo " + period.label() + ")";
    }

    /** Vietnamese country name of an ISO alpha-2 code, as the rest of the product writes it ("Hàn Quốc"). */
    static String countryName(String iso) {
        return Countries.vietnameseName(iso);
    }

    /** The name of the constant holding that text: the key of its translation. */
    static String keyOf(String text) {
        String key = KEYS.get(text);
        if (key == null) {
            throw new IllegalArgumentException("Không phải chữ cố định của biểu đồ: " + text);
        }
        return key;
    }

    private static final java.util.Map<String, String> KEYS = java.util.Map.copyOf(keys());

    private static java.util.Map<String, String> keys() {
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        for (Field field : ChartTexts.class.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                keys.put(read(field), field.getName());
            }
        }
        return keys;
    }

    /** Every constant text above, for the font coverage test. */
    static List<String> constants() {
        List<String> texts = new ArrayList<>();
        for (Field field : ChartTexts.class.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                texts.add(read(field));
            }
        }
        return texts;
    }

    private static String read(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
