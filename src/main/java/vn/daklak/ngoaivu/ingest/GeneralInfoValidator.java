package vn.daklak.ngoaivu.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.daklak.ngoaivu.format.InfoField;
import vn.daklak.ngoaivu.format.InfoSheetReader.InfoValue;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.normalize.DatePrecision;
import vn.daklak.ngoaivu.normalize.Parsed;
import vn.daklak.ngoaivu.normalize.PartialDate;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.read.CellKind;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.reference.ReferenceData;

/** Validates the values of {@code Thông tin chung} (3.1) into a {@link SubmissionHeader} and its problems. */
final class GeneralInfoValidator {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final ReferenceData reference;
    private final AgencyIdentifier agencies;

    GeneralInfoValidator(ReferenceData reference) {
        this.reference = reference;
        this.agencies = new AgencyIdentifier(reference.agencyMatcher());
    }

    /** The validated header (agency/year/period null when they had errors) and the problems found. */
    Validated validate(String sheetName, Map<InfoField, InfoValue> values) {
        InfoCells info = new InfoCells(sheetName, values);
        AgencyRef agency = agencies.identify(info);
        Integer year = year(info);
        Period period = period(info);
        if (agency != null && year != null && period != null) {
            int before = info.problems().size();
            agencies.checkValidity(info, agency, year, period);
            agency = info.problems().size() == before ? agency : null;
        }
        if (year != null && reference.taskCodes(year).isEmpty()) {
            info.error(InfoField.YEAR, "NO_PLAN_FOR_YEAR", "Chưa có Kế hoạch ngoại giao văn hóa năm " + year
                    + " trong hệ thống nên chưa thể đối chiếu báo cáo. Hãy kiểm tra lại năm báo cáo; nếu năm đúng,"
                    + " hãy liên hệ Sở Ngoại vụ.");
            year = null;
        }
        SubmissionHeader header = new SubmissionHeader(agency == null ? null : agency.code(), year, period,
                info.text(InfoField.PREPARER), info.text(InfoField.PHONE), info.text(InfoField.EMAIL),
                reportDate(info));
        return new Validated(header, info.problems());
    }

    private static Integer year(InfoCells info) {
        CellValue cell = info.cell(InfoField.YEAR);
        if (cell == null) {
            info.missing(InfoField.YEAR, "MISSING_YEAR", "Hãy ghi năm báo cáo bằng 4 chữ số, ví dụ 2024.");
            return null;
        }
        Integer year = yearOf(cell);
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            info.error(InfoField.YEAR, "INVALID_YEAR", "Năm báo cáo \"" + cell.text() + "\" không hợp lệ. Hãy ghi"
                    + " năm bằng 4 chữ số, ví dụ 2024.");
            return null;
        }
        return year;
    }

    /** A number cell (2024.0) or text holding exactly one 4-digit number ("2024", "Năm 2024"). */
    private static Integer yearOf(CellValue cell) {
        if (cell.kind() == CellKind.NUMBER && cell.number() != null) {
            double number = cell.number();
            return number == Math.rint(number) && number >= 1000 && number <= 9999 ? (int) number : null;
        }
        Matcher matcher = YEAR.matcher(cell.text());
        if (!matcher.find()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        return matcher.find() ? null : year;
    }

    private static Period period(InfoCells info) {
        String text = info.text(InfoField.PERIOD);
        if (text == null) {
            info.missing(InfoField.PERIOD, "MISSING_PERIOD", "Hãy ghi kỳ báo cáo: \"6 tháng\" hoặc \"Năm\".");
            return null;
        }
        return Period.parse(text).orElseGet(() -> {
            info.error(InfoField.PERIOD, "INVALID_PERIOD", "Kỳ báo cáo \"" + text + "\" không hợp lệ. Hãy ghi"
                    + " \"6 tháng\" (báo cáo 6 tháng đầu năm) hoặc \"Năm\" (báo cáo năm).");
            return null;
        });
    }

    /** Optional; a date that cannot be read is only a warning because nothing depends on it. */
    private static LocalDate reportDate(InfoCells info) {
        CellValue cell = info.cell(InfoField.REPORT_DATE);
        if (cell == null) {
            return null;
        }
        Parsed<PartialDate> parsed = CellParsers.date(cell);
        if (parsed.value() != null && parsed.value().precision() == DatePrecision.DAY) {
            return parsed.value().date();
        }
        info.warning(InfoField.REPORT_DATE, "INVALID_REPORT_DATE", "Không đọc được ngày lập báo cáo \""
                + cell.text() + "\". Hãy ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/01/2025.");
        return null;
    }

    /** The outcome of validating the info sheet. */
    record Validated(SubmissionHeader header, List<Problem> problems) {
    }
}
