package vn.daklak.ngoaivu.schedule;

/**
 * What is wrong with a cron expression Spring refused, in Vietnamese. The usual mistake is the five fields of the
 * system's crontab: Spring's expressions start with the seconds.
 */
final class CronFault {

    private CronFault() {
    }

    static String describe(String expression) {
        String quoted = "biểu thức cron \"" + expression + "\"";
        int fields = expression.isBlank() ? 0 : expression.strip().split("\\s+").length;
        if (fields != 6) {
            return quoted + " có " + fields + " trường, cần 6: giây phút giờ ngày tháng thứ (ví dụ 0 0 2 * * * là "
                    + "02:00 mỗi ngày; dòng crontab 5 trường thì thêm 0 ở đầu)";
        }
        return quoted + " có giá trị ngoài giới hạn (giây và phút 0–59, giờ 0–23, ngày 1–31, tháng 1–12 hoặc "
                + "JAN–DEC, thứ 0–7 hoặc MON–SUN)";
    }
}
