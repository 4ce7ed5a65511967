package vn.daklak.ngoaivu.template;

/** The drop-down lists of the template, each a named range on the hidden {@code Danh mục} sheet. */
enum CodeList {
    TASKS("DM_NhiemVu", "Mã nhiệm vụ"),
    STATUSES("DM_TinhTrang", "Tình trạng"),
    EVENT_TYPES("DM_LoaiHinh", "Loại hình"),
    COUNTRIES("DM_QuocGia", "Quốc gia"),
    PARTNERS("DM_DoiTac", "Đối tác"),
    SOURCES("DM_NguonKinhPhi", "Nguồn kinh phí"),
    PERIODS("DM_KyBaoCao", "Kỳ báo cáo"),
    AGENCIES("DM_CoQuan", "Cơ quan báo cáo");

    private final String rangeName;
    private final String title;

    CodeList(String rangeName, String title) {
        this.rangeName = rangeName;
        this.title = title;
    }

    String rangeName() {
        return rangeName;
    }

    String title() {
        return title;
    }
}
