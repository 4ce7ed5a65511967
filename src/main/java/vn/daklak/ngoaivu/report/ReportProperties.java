package vn.daklak.ngoaivu.report;

import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who issues and signs the consolidated report, to whom it goes, and the agencies' deadlines. All of this is
 * configuration: the issuing agency may change with the 2025 reorganisation (DOMAIN.md, unconfirmed).
 *
 * @param province         province name as written in place lines ("Đắk Lắk")
 * @param parentBody       parent body in the header, capitals ("UBND TỈNH ĐẮK LẮK")
 * @param issuer           issuing agency in the header, capitals ("SỞ NGOẠI VỤ")
 * @param issuerName       issuing agency as written in running prose ("Sở Ngoại vụ đề nghị …")
 * @param issuerCode       abbreviation in document numbers ("SNgV" → "Số:   /BC-SNgV")
 * @param letterNumberSuffix drafting unit after the issuer code in a letter's number ("HTQT" → "Số:   /SNgV-HTQT");
 *                         blank for none
 * @param signerAuthority  signing authority line ("KT. GIÁM ĐỐC")
 * @param signerTitle      signer's title ("PHÓ GIÁM ĐỐC")
 * @param signerName       signer's name, may be blank in a draft
 * @param recipients       "Nơi nhận" lines of the report, without the leading "- " and trailing ";"
 * @param h1Deadline       agencies' deadline for the 6-month report (day/month of the report year)
 * @param yearDeadline     agencies' deadline for the annual report
 * @param reminderWorkingDays the new deadline a reminder letter sets, in working days (Monday to Friday) after the
 *                         letter's date
 */
@ConfigurationProperties("ngvh.report")
public record ReportProperties(
        @DefaultValue("Đắk Lắk") String province,
        @DefaultValue("UBND TỈNH ĐẮK LẮK") String parentBody,
        @DefaultValue("SỞ NGOẠI VỤ") String issuer,
        @DefaultValue("Sở Ngoại vụ") String issuerName,
        @DefaultValue("SNgV") String issuerCode,
        @DefaultValue("HTQT") String letterNumberSuffix,
        @DefaultValue("KT. GIÁM ĐỐC") String signerAuthority,
        @DefaultValue("PHÓ GIÁM ĐỐC") String signerTitle,
        @DefaultValue("") String signerName,
        @DefaultValue({"UBND tỉnh (để b/c)", "Bộ Ngoại giao (để b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, HTQT"})
        List<String> recipients,
        @DefaultValue("--06-20") MonthDay h1Deadline,
        @DefaultValue("--12-20") MonthDay yearDeadline,
        @DefaultValue("10") int reminderWorkingDays) {
}
