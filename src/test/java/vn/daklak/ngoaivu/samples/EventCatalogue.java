package vn.daklak.ngoaivu.samples;

import static vn.daklak.ngoaivu.normalize.EventType.DOAN_RA;
import static vn.daklak.ngoaivu.normalize.EventType.DON_DOAN;
import static vn.daklak.ngoaivu.normalize.EventType.GIAO_LUU;
import static vn.daklak.ngoaivu.normalize.EventType.HOI_CHO;
import static vn.daklak.ngoaivu.normalize.EventType.HOI_THAO;
import static vn.daklak.ngoaivu.normalize.EventType.THONG_TIN;
import static vn.daklak.ngoaivu.normalize.EventType.XUC_TIEN;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import vn.daklak.ngoaivu.normalize.EventType;

/** The activities of the 2024 plan, as Đắk Lắk's agencies carry them out. */
final class EventCatalogue {

    private static final String COFFEE = "Cà phê Buôn Ma Thuột, cà phê rang xay";
    private static final String GONGS = "Không gian văn hóa Cồng chiêng Tây Nguyên";

    private static final List<EventTemplate> ALL = List.of(
            t("NV01", "SVHTTDL", "Đoàn nghệ thuật tỉnh Đắk Lắk biểu diễn giao lưu tại tỉnh Jeonbuk", GIAO_LUU,
                    "TP. Jeonju, tỉnh Jeonbuk", "KR", "KR-JB", 600, 900, 90, "", GONGS, 9, 10),
            t("NV01", "SVHTTDL", "Làm việc trực tuyến với Sở Văn hóa tỉnh Jeonbuk chuẩn bị chương trình biểu diễn",
                    HOI_THAO, "Sở VHTTDL", "VN", "KR-JB", 15, 25, 30, "", "", 4, 5, 6),
            t("NV01", "SNGV|STC", "Thẩm định, hướng dẫn thủ tục đoàn nghệ thuật đi Hàn Quốc", DOAN_RA,
                    "Buôn Ma Thuột", "VN", null, 10, 20, 0, "", "", 7, 8),
            t("NV02", "SVHTTDL", "Tuần Văn hóa Đắk Lắk tại tỉnh Champasak", GIAO_LUU, "TP. Pakse, tỉnh Champasak",
                    "LA", "LA-CH", 1000, 1500, 85, COFFEE, GONGS, 11),
            t("NV02", "SVHTTDL|SNGV", "Khảo sát, làm việc với tỉnh Champasak chuẩn bị Tuần Văn hóa", DOAN_RA,
                    "TP. Pakse, tỉnh Champasak", "LA", "LA-CH", 15, 25, 50, "", "", 5, 6),
            t("NV02", "SVHTTDL", "Chương trình nghệ thuật chào mừng tại tỉnh Sekong", GIAO_LUU, "tỉnh Sekong", "LA",
                    "LA-XE", 300, 500, 90, "", "", 11),
            t("NV02", "SCT", "Gian hàng sản phẩm OCOP Đắk Lắk tại Tuần Văn hóa ở Champasak", HOI_CHO,
                    "TP. Pakse, tỉnh Champasak", "LA", "LA-CH", 400, 700, 80, COFFEE + ", mật ong, hạt điều", "",
                    11),
            t("NV03", "", "Giao lưu văn hóa, thể thao biên giới với tỉnh Mondulkiri", GIAO_LUU,
                    "Cửa khẩu Đắk Ruê, huyện Ea Súp", "VN", "KH-MK", 200, 400, 30, "", "", 3, 4, 8, 9),
            t("NV03", "BDBP", "Giao lưu bóng đá, văn nghệ với lực lượng vũ trang tỉnh Mondulkiri", GIAO_LUU,
                    "Đồn Biên phòng Ia Rvê", "VN", "KH-MK", 80, 150, 40, "", "", 1, 5, 10),
            t("NV03", "SVHTTDL|UBBDO", "Đoàn công tác thăm, chúc Tết Chôl Chnăm Thmây tỉnh Mondulkiri", DOAN_RA,
                    "TP. Senmonorom, tỉnh Mondulkiri", "KH", "KH-MK", 20, 40, 60, "", "", 4),
            t("NV03", "UBBDO|UBESU", "Giao lưu cồng chiêng với đoàn nghệ nhân tỉnh Mondulkiri tại {noi}", GIAO_LUU,
                    "{noi}", "VN", "KH-MK", 150, 300, 20, "", GONGS, 3, 11),
            t("NV04", "SCT", "Gian hàng cà phê, sản phẩm OCOP Đắk Lắk tại Hội chợ Thaifex Bangkok", HOI_CHO,
                    "Bangkok, Thái Lan", "TH", null, 300, 600, 95, COFFEE + ", ca cao", "", 5),
            t("NV04", "SCT|SNNPTNT", "Hội chợ thương mại Việt - Lào tại tỉnh Champasak", HOI_CHO,
                    "TP. Pakse, tỉnh Champasak", "LA", "LA-CH", 500, 900, 85, "Cà phê, hạt tiêu, mật ong", "", 12, 8),
            t("NV04", "SCT|SNNPTNT", "Hội chợ cà phê và nông sản OCOP tại tỉnh Jeonbuk", HOI_CHO,
                    "TP. Jeonju, tỉnh Jeonbuk", "KR", "KR-JB", 400, 800, 90, COFFEE + ", sầu riêng sấy", "", 10),
            t("NV04", "SCT|SNGV", "Xúc tiến xuất khẩu cà phê Buôn Ma Thuột tại Tokyo", XUC_TIEN, "Tokyo, Nhật Bản",
                    "JP", null, 60, 120, 80, COFFEE, "", 6, 7),
            t("NV04", "SNNPTNT", "Hội chợ OCOP cà phê đặc sản có doanh nghiệp nước ngoài tham gia", HOI_CHO,
                    "Quảng trường 10/3, TP. Buôn Ma Thuột", "VN", null, 1500, 3000, 5, COFFEE + ", bơ sáp", "", 3),
            t("NV05", "", "Chuyên mục \"Đắk Lắk hội nhập\" phát sóng định kỳ", THONG_TIN, "Buôn Ma Thuột", "VN",
                    null, 10, 20, 0, "", "", 1, 3, 5, 7, 9, 11),
            t("NV05", "DPTTH|BAODL|STTTT", "Phóng sự song ngữ Việt - Lào về hợp tác Đắk Lắk - Champasak", THONG_TIN,
                    "tỉnh Champasak", "LA", "LA-CH", 8, 12, 25, "", "", 6, 11),
            t("NV05", "BAODL|STTTT|SNGV", "Loạt bài về hợp tác hữu nghị Đắk Lắk - Jeonbuk", THONG_TIN,
                    "Buôn Ma Thuột", "VN", "KR-JB", 5, 10, 0, "", "", 2, 10),
            t("NV05", "STTTT|SNGV", "Hội nghị thông tin đối ngoại tỉnh năm 2024", HOI_THAO, "Hội trường UBND tỉnh",
                    "VN", null, 120, 180, 0, "", "", 4),
            t("NV06", "SNGV", "Biên soạn ấn phẩm song ngữ Việt - Anh \"Đắk Lắk - Xứ sở cà phê\"", THONG_TIN,
                    "Sở Ngoại vụ", "VN", null, 10, 15, 0, "", GONGS, 3, 5),
            t("NV06", "SNGV|SVHTTDL", "Tặng ấn phẩm song ngữ Việt - Lào cho tỉnh Attapeu", THONG_TIN,
                    "tỉnh Attapeu", "LA", "LA-AT", 20, 40, 60, "", "", 8, 9),
            t("NV06", "STTTT", "Số hóa và đăng tải ấn phẩm song ngữ trên Cổng thông tin điện tử tỉnh", THONG_TIN,
                    "Buôn Ma Thuột", "VN", null, 5, 10, 0, "", "", 9),
            t("NV07", "SVHTTDL|UBBMT", "Trình diễn Không gian văn hóa Cồng chiêng Tây Nguyên phục vụ du khách quốc tế",
                    GIAO_LUU, "Bảo tàng tỉnh Đắk Lắk", "VN", null, 400, 700, 20, "", GONGS, 2, 3, 7, 11),
            t("NV07", "SVHTTDL|SNGV",
                    "Quảng bá Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 tại Hội chợ Du lịch quốc tế Seoul",
                    XUC_TIEN, "Seoul, Hàn Quốc", "KR", null, 200, 400, 90, COFFEE, "", 6),
            t("NV07", "UBBMT", "Chương trình cà phê và cồng chiêng đón khách quốc tế tại Làng cà phê Trung Nguyên",
                    XUC_TIEN, "TP. Buôn Ma Thuột", "VN", null, 300, 500, 30, COFFEE, GONGS, 12, 3, 12),
            t("NV08", "SVHTTDL|SNGV",
                    "Giới thiệu Di tích quốc gia đặc biệt Nhà đày Buôn Ma Thuột với đoàn khách quốc tế",
                    XUC_TIEN, "Nhà đày Buôn Ma Thuột", "VN", null, 40, 80, 60, "", "Nhà đày Buôn Ma Thuột", 4, 9),
            t("NV08", "UBESU", "Quảng bá di tích Tháp Yang Prong với du khách quốc tế", XUC_TIEN, "xã Ea Rốk, {noi}",
                    "VN", null, 60, 120, 25, "", "Tháp Yang Prong", 2, 10),
            t("NV09", "SVHTTDL|SNGV", "Hội thảo quốc tế về bảo tồn di sản cồng chiêng Tây Nguyên", HOI_THAO,
                    "TP. Buôn Ma Thuột", "VN", null, 100, 160, 20, "", GONGS, 5, 11),
            t("NV09", "LHHN|DHTN", "Làm việc với tổ chức phi chính phủ nước ngoài về dự án bảo tồn cồng chiêng",
                    HOI_THAO, "TP. Buôn Ma Thuột", "VN", null, 15, 30, 30, "", GONGS, 1, 6, 8),
            t("NV10", "SNGV|VPUBND", "Đón đoàn đại biểu tỉnh Attapeu thăm và làm việc tại Đắk Lắk", DON_DOAN,
                    "TP. Buôn Ma Thuột", "VN", "LA-AT", 40, 70, 40, "", "Nhà đày Buôn Ma Thuột", 1, 7),
            t("NV10", "SNGV|SVHTTDL", "Đoàn công tác của tỉnh thăm và làm việc tại tỉnh Salavan", DOAN_RA,
                    "tỉnh Salavan", "LA", "LA-SL", 25, 45, 50, "", "", 3, 10),
            t("NV10", "SNGV|VPUBND", "Đón đoàn công tác tỉnh Jeonbuk thăm và làm việc tại tỉnh", DON_DOAN,
                    "TP. Buôn Ma Thuột", "VN", "KR-JB", 30, 50, 35, COFFEE, GONGS, 5, 11),
            t("NV10", "CAT", "Đón đoàn Công an tỉnh Champasak trao đổi kinh nghiệm", DON_DOAN, "Công an tỉnh",
                    "VN", "LA-CH", 30, 50, 30, "", "", 4, 9),
            t("NV10", "BCHQS", "Đón đoàn Bộ Chỉ huy Quân sự tỉnh Mondulkiri", DON_DOAN, "Bộ CHQS tỉnh", "VN",
                    "KH-MK", 30, 60, 35, "", "", 3, 8),
            t("NV10", "BCHQS", "Giao lưu, chúc Tết Bunpimay với Bộ Chỉ huy Quân sự tỉnh Sekong", DOAN_RA,
                    "tỉnh Sekong", "LA", "LA-XE", 20, 40, 60, "", "", 4),
            t("NV10", "SGDDT", "Tổ chức Tết Bunpimay cho lưu học sinh Lào học tập tại Đắk Lắk", GIAO_LUU,
                    "Trường Cao đẳng Sư phạm Đắk Lắk", "VN", "LA-CH", 150, 250, 40, "", "", 4),
            t("NV10", "SGDDT|SKHDT|SLDTBXH", "Tiếp và làm việc với Tổng Lãnh sự quán Hàn Quốc tại TP. Hồ Chí Minh",
                    DON_DOAN, "TP. Buôn Ma Thuột", "VN", null, 20, 35, 25, "", "", 6, 9),
            t("NV10", "SKHDT", "Hội nghị xúc tiến đầu tư với doanh nghiệp tỉnh Jeonbuk", HOI_THAO, "TP. Buôn Ma Thuột",
                    "VN", "KR-JB", 120, 200, 20, COFFEE, "", 10),
            t("NV10", "SLDTBXH", "Giới thiệu văn hóa Đắk Lắk cho người lao động đi làm việc tại Hàn Quốc", THONG_TIN,
                    "Trung tâm Dịch vụ việc làm tỉnh", "VN", null, 80, 150, 0, "", "", 2, 8),
            t("NV11", "LHHN|SNGV", "Gặp mặt người nước ngoài làm việc tại Đắk Lắk nhân dịp Tết Nguyên đán", GIAO_LUU,
                    "TP. Buôn Ma Thuột", "VN", null, 100, 160, 50, COFFEE, "", 1, 2),
            t("NV11", "TDOAN", "Giao lưu thanh niên Việt - Lào nhân dịp Tết Bunpimay", GIAO_LUU,
                    "Nhà Văn hóa Thanh niên tỉnh", "VN", "LA-CH", 200, 350, 30, "", "", 4),
            t("NV11", "TDOAN|LHHN", "Chương trình tình nguyện hè của thanh niên Đắk Lắk tại tỉnh Sekong", GIAO_LUU,
                    "tỉnh Sekong", "LA", "LA-XE", 50, 90, 50, "", "", 7),
            t("NV12", "SNGV|SNOV", "Lớp bồi dưỡng nghiệp vụ ngoại giao văn hóa cho cán bộ làm công tác đối ngoại",
                    HOI_THAO, "Trường Chính trị tỉnh", "VN", null, 80, 120, 0, "", "", 8, 10),
            t("NV13", "", "Quảng bá sản phẩm OCOP cà phê của {noi} tại hội chợ có khách quốc tế", HOI_CHO,
                    "{noi}", "VN", null, 200, 500, 10, COFFEE, "", 3, 11),
            t("NV13", "", "Đón đoàn khách du lịch Hàn Quốc trải nghiệm văn hóa cồng chiêng tại buôn làng {noi}",
                    DON_DOAN, "{noi}", "VN", null, 40, 90, 60, "", GONGS, 1, 4, 7, 10),
            t("NV13", "", "Tiếp đoàn cán bộ tỉnh Attapeu tham quan mô hình nông nghiệp tại {noi}", DON_DOAN,
                    "{noi}", "VN", "LA-AT", 20, 40, 50, "", "", 5, 9),
            t("NV13", "UBBMT|UBBHO|UBKPA", "Giao lưu văn hóa, ẩm thực với đoàn tỉnh Salavan", GIAO_LUU, "{noi}",
                    "VN", "LA-SL", 100, 200, 30, COFFEE, "", 6, 12),
            t("NV13", "UBBMT", "Đoàn công tác thành phố thăm, làm việc tại tỉnh Jeonbuk", DOAN_RA,
                    "tỉnh Jeonbuk, Hàn Quốc", "KR", "KR-JB", 15, 30, 60, COFFEE, "", 9));

    private EventCatalogue() {
    }

    static List<EventTemplate> of(String task, String agency) {
        return ALL.stream().filter(t -> t.task().equals(task) && t.suits(agency)).toList();
    }

    static List<EventTemplate> all() {
        return ALL;
    }

    private static EventTemplate t(String task, String agencies, String name, EventType type, String location,
                                   String country, String partner, int minPeople, int maxPeople, int foreignPercent,
                                   String ocop, String heritage, Integer... months) {
        Set<String> who = agencies.isEmpty() ? Set.of() : Set.of(agencies.split("\\|"));
        return new EventTemplate(task, who, name, type, location, country, partner, minPeople, maxPeople,
                foreignPercent, ocop, heritage, Arrays.asList(months));
    }
}
