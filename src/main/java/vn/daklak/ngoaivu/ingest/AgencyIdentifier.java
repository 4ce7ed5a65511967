package vn.daklak.ngoaivu.ingest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.format.InfoField;
import vn.daklak.ngoaivu.normalize.AgencyMatch;
import vn.daklak.ngoaivu.normalize.AgencyMatcher;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.ReportWindow;

/**
 * Which agency a submission is from (3.1): by {@code Mã cơ quan} when given (it wins over the name, but a name naming
 * another agency is a conflict), else by name; never a guess when the name is unknown or ambiguous.
 */
final class AgencyIdentifier {

    private final AgencyMatcher matcher;

    AgencyIdentifier(AgencyMatcher matcher) {
        this.matcher = matcher;
    }

    /** The agency, or null after recording why it could not be told. */
    AgencyRef identify(InfoCells info) {
        String code = info.text(InfoField.AGENCY_CODE);
        String name = info.text(InfoField.AGENCY);
        if (code == null && name == null) {
            info.missing(InfoField.AGENCY, "MISSING_AGENCY", "Hãy ghi tên cơ quan báo cáo ở cột B cạnh nhãn \""
                    + InfoCells.label(InfoField.AGENCY) + "\", hoặc mã cơ quan cạnh nhãn \""
                    + InfoCells.label(InfoField.AGENCY_CODE) + "\".");
            return null;
        }
        if (code == null) {
            return byName(info, name);
        }
        Optional<AgencyRef> byCode = matcher.byCode(code);
        if (byCode.isEmpty()) {
            info.error(InfoField.AGENCY_CODE, "UNKNOWN_AGENCY_CODE", "Mã cơ quan \"" + code + "\" không có trong danh"
                    + " mục." + closest(matcher.resolve(code).suggestions()) + " Hãy sửa lại cho đúng mã cơ quan.");
            return null;
        }
        AgencyMatch named = name == null ? null : matcher.resolve(name);
        if (named != null && named.found() && !named.agency().code().equals(byCode.get().code())) {
            info.error(InfoField.AGENCY_CODE, "AGENCY_CONFLICT", "Mã cơ quan \"" + code + "\" là "
                    + describe(byCode.get()) + ", nhưng tên cơ quan \"" + name + "\" là " + describe(named.agency())
                    + ". Hãy sửa để mã và tên cùng chỉ một cơ quan.");
            return null;
        }
        return byCode.get();
    }

    /** An error when the agency did not exist during the report's window, naming its successor when it has one. */
    void checkValidity(InfoCells info, AgencyRef agency, int year, Period period) {
        ReportWindow window = period.window(year);
        if (agency.validDuring(window.from(), window.to())) {
            return;
        }
        String when = agency.validTo() != null && agency.validTo().isBefore(window.from())
                ? "đã thôi hoạt động từ sau ngày " + Messages.date(agency.validTo())
                : "chỉ hoạt động từ ngày " + Messages.date(agency.validFrom());
        String successor = agency.successor() == null || agency.successor().isBlank() ? ""
                : " Nhiệm vụ của cơ quan này nay do " + matcher.byCode(agency.successor()).map(this::describe)
                        .orElse(agency.successor()) + " báo cáo.";
        info.error(agencyField(info), "AGENCY_NOT_VALID", "Cơ quan " + describe(agency) + " " + when
                + ", không thuộc kỳ báo cáo " + period.label() + " " + year + "." + successor
                + " Hãy kiểm tra lại cơ quan và năm báo cáo.");
    }

    private AgencyRef byName(InfoCells info, String name) {
        AgencyMatch match = matcher.resolve(name);
        if (match.found()) {
            return match.agency();
        }
        if (match.ambiguous()) {
            info.error(InfoField.AGENCY, "AMBIGUOUS_AGENCY", "Tên cơ quan \"" + name + "\" có thể chỉ nhiều cơ quan: "
                    + list(match.suggestions()) + ". Hãy ghi đầy đủ tên cơ quan, hoặc điền mã cơ quan cạnh nhãn \""
                    + InfoCells.label(InfoField.AGENCY_CODE) + "\".");
        } else {
            info.error(InfoField.AGENCY, "UNKNOWN_AGENCY", "Không tìm thấy cơ quan \"" + name + "\" trong danh mục."
                    + closest(match.suggestions()) + " Hãy ghi đúng tên cơ quan, hoặc điền mã cơ quan cạnh nhãn \""
                    + InfoCells.label(InfoField.AGENCY_CODE) + "\".");
        }
        return null;
    }

    private static InfoField agencyField(InfoCells info) {
        return info.text(InfoField.AGENCY_CODE) != null ? InfoField.AGENCY_CODE : InfoField.AGENCY;
    }

    private String closest(List<AgencyRef> suggestions) {
        return suggestions.isEmpty() ? "" : " Các cơ quan gần nhất: " + list(suggestions) + ".";
    }

    private String list(List<AgencyRef> agencies) {
        return agencies.stream().map(this::describe).collect(Collectors.joining("; "));
    }

    private String describe(AgencyRef agency) {
        return "\"" + agency.name() + "\" (mã " + agency.code() + ")";
    }
}
