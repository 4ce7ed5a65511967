package vn.daklak.ngoaivu.samples;

import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.samples.SamplePlan.PlanTask;

/** The free text agencies write about a task's progress and about their spending. */
final class SampleTaskTexts {

    private static final Map<String, String> ITEMS = Map.ofEntries(
            Map.entry("NV01", "Chi trang phục, đạo cụ, vé máy bay đoàn nghệ thuật"),
            Map.entry("NV02", "Chi tổ chức Tuần Văn hóa, vận chuyển hiện vật trưng bày"),
            Map.entry("NV03", "Chi tổ chức giao lưu văn hóa, thể thao biên giới"),
            Map.entry("NV04", "Chi thuê gian hàng, vận chuyển sản phẩm OCOP"),
            Map.entry("NV05", "Chi sản xuất chương trình, nhuận bút tin bài đối ngoại"),
            Map.entry("NV06", "Chi biên soạn, dịch thuật, in ấn phẩm song ngữ"),
            Map.entry("NV07", "Chi quảng bá Lễ hội Cà phê, trình diễn cồng chiêng"),
            Map.entry("NV08", "Chi xây dựng hồ sơ, tài liệu giới thiệu di tích"),
            Map.entry("NV09", "Chi tổ chức hội thảo, làm việc với đối tác quốc tế"),
            Map.entry("NV10", "Chi đón tiếp đoàn, quà tặng mang bản sắc văn hóa tỉnh"),
            Map.entry("NV11", "Chi tổ chức gặp mặt, giao lưu hữu nghị"),
            Map.entry("NV12", "Chi tổ chức lớp bồi dưỡng, thù lao giảng viên"),
            Map.entry("NV13", "Chi quảng bá văn hóa, du lịch, sản phẩm địa phương"));
    private static final List<String> ISSUES = List.of("", "", "Kinh phí được cấp chậm",
            "Thiếu cán bộ biết ngoại ngữ (tiếng Lào, tiếng Hàn)", "Thủ tục đoàn ra kéo dài",
            "Đối tác thay đổi thời gian tổ chức");
    private static final List<String> PROPOSALS = List.of("", "", "Đề nghị bố trí kinh phí sớm từ đầu năm",
            "Đề nghị Sở Ngoại vụ hỗ trợ kết nối với đối tác", "Đề nghị tổ chức tập huấn về ngoại giao văn hóa");

    private final Random random;

    SampleTaskTexts(Random random) {
        this.random = random;
    }

    TaskReport report(PlanTask task, TaskStatus status) {
        Integer percent = switch (status) {
            case DONE -> 100;
            case IN_PROGRESS -> 30 + 5 * random.nextInt(13);
            case NOT_STARTED -> 0;
            case CANCELLED -> null;
            case POSTPONED -> 10 * random.nextInt(2);
        };
        return new TaskReport(task.code(), task.content(), status, percent, result(status),
                ISSUES.get(random.nextInt(ISSUES.size())), PROPOSALS.get(random.nextInt(PROPOSALS.size())));
    }

    String spendingItem(PlanTask task, FundingSource source) {
        String item = ITEMS.get(task.code());
        return source == FundingSource.SOCIALIZED ? item + " (doanh nghiệp tài trợ)" : item;
    }

    private static String result(TaskStatus status) {
        return switch (status) {
            case DONE -> "Đã hoàn thành theo kế hoạch, đạt sản phẩm đầu ra";
            case IN_PROGRESS -> "Đang triển khai các nội dung theo kế hoạch";
            case NOT_STARTED -> "Chưa đến thời gian triển khai";
            case CANCELLED -> "Không thực hiện do đối tác không bố trí được thời gian";
            case POSTPONED -> "Chuyển sang năm sau theo đề nghị của đối tác";
        };
    }
}
