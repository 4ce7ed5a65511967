package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.support.SpreadsheetText;

/**
 * Writes {@code exports/*.csv}: the period's normalised rows (codes, ISO dates, whole đồng), UTF-8 with a BOM so
 * Excel opens Vietnamese text correctly, text escaped against formula injection.
 */
@Component
class CsvExports {

    static final String FOLDER = "exports";

    void write(PeriodFigures f, Path periodFolder) throws IOException {
        Path folder = Files.createDirectories(periodFolder.resolve(FOLDER));
        table(folder.resolve("co-quan.csv"), f.agencies(), a -> new Object[] {a.code(), a.name(), a.kind(),
            a.expected(), a.state(), a.fileName(), a.firstAcceptedAt(), a.deadline(), a.onTime(), a.rejectedFiles()},
                "ma_co_quan", "ten_co_quan", "loai", "phai_bao_cao", "tinh_trang", "tep_hien_hanh", "ngay_nhan",
                "han_nop", "dung_han", "so_tep_bi_tu_choi");
        table(folder.resolve("nhiem-vu.csv"), f.tasks(), t -> new Object[] {t.agencyCode(), t.rowNo(), t.taskCode(),
            t.content(), t.status(), t.percent(), t.results(), t.issues(), t.proposals()},
                "ma_co_quan", "dong", "ma_nhiem_vu", "noi_dung", "tinh_trang", "ty_le_hoan_thanh", "ket_qua",
                "kho_khan", "de_xuat");
        table(folder.resolve("hoat-dong.csv"), f.events(), e -> new Object[] {e.agencyCode(), e.rowNo(),
            e.taskCode(), e.name(), e.eventType(), e.startDate(), e.startPrecision(), e.endDate(), e.location(),
            e.country(), e.partnerCode(), e.partnerName(), e.participants(), e.foreignGuests(), e.ocopProducts(),
            e.heritage(), e.notes()},
                "ma_co_quan", "dong", "ma_nhiem_vu", "ten_hoat_dong", "loai_hinh", "tu_ngay", "do_chinh_xac_ngay",
                "den_ngay", "dia_diem", "quoc_gia", "ma_doi_tac", "doi_tac", "so_nguoi_tham_gia", "so_khach_quoc_te",
                "san_pham_ocop", "di_tich_di_san", "ghi_chu");
        table(folder.resolve("kinh-phi.csv"), f.spending(), s -> new Object[] {s.agencyCode(), s.rowNo(),
            s.taskCode(), s.item(), s.source(), s.estimate(), s.allocated(), s.spent()},
                "ma_co_quan", "dong", "ma_nhiem_vu", "noi_dung_chi", "nguon_kinh_phi", "du_toan", "duoc_duyet",
                "da_thuc_hien");
        table(folder.resolve("loi-canh-bao.csv"), f.problems(), p -> new Object[] {p.agencyCode(), p.fileName(),
            p.submissionStatus(), p.receivedAt(), p.severity(), p.sheet(), p.rowNo(), p.column(), p.rawValue(),
            p.code(), p.message()},
                "ma_co_quan", "tep", "trang_thai_tep", "ngay_nhan", "muc_do", "trang", "dong", "cot", "gia_tri",
                "ma_loi", "noi_dung");
    }

    private static <T> void table(Path file, List<T> rows, Function<T, Object[]> values, String... headers)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(headers).get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (T row : rows) {
                    printer.printRecord(Arrays.stream(values.apply(row)).map(CsvExports::cell).toList());
                }
            }
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof CharSequence text ? SpreadsheetText.escape(text.toString()) : value.toString();
    }
}
