package vn.daklak.ngoaivu.report;

import java.util.Map;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.normalize.EventType;
import vn.daklak.ngoaivu.normalize.FundingSource;

/** Vietnamese labels of the codes stored in the database, for the human reports. */
final class Labels {

    private static final Map<String, String> KINDS = Map.of(
            "DEPARTMENT", "Sở, ban, ngành",
            "DISTRICT", "UBND huyện, thị xã, thành phố",
            "ORGANIZATION", "Tổ chức chính trị - xã hội",
            "SECURITY", "Công an, quân sự, biên phòng",
            "MEDIA", "Cơ quan báo chí");

    private Labels() {
    }

    static String kind(String code) {
        return code == null ? "" : KINDS.getOrDefault(code, code);
    }

    static String eventType(String code) {
        try {
            return EventType.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    static String fundingSource(String code) {
        try {
            return code == null ? "" : FundingSource.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    static String yesNo(boolean value) {
        return value ? "Có" : "Không";
    }

    static String timeliness(Boolean onTime) {
        return onTime == null ? "" : onTime ? "Đúng hạn" : "Trễ hạn";
    }

    static String fileStatus(String status) {
        return switch (status) {
            case "ACCEPTED" -> "Được chấp nhận";
            case "REJECTED" -> "Bị từ chối";
            default -> "Đang nạp";
        };
    }

    static String severity(String severity) {
        try {
            return Severity.valueOf(severity).label();
        } catch (IllegalArgumentException e) {
            return severity;
        }
    }
}
