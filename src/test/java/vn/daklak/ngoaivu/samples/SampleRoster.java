package vn.daklak.ngoaivu.samples;

import static vn.daklak.ngoaivu.normalize.Period.H1;
import static vn.daklak.ngoaivu.normalize.Period.YEAR;
import static vn.daklak.ngoaivu.samples.AgencyNaming.ALIAS;
import static vn.daklak.ngoaivu.samples.AgencyNaming.CODE_ONLY;
import static vn.daklak.ngoaivu.samples.AgencyNaming.FULL_NAME;
import static vn.daklak.ngoaivu.samples.AgencyNaming.OLD_TONES;
import static vn.daklak.ngoaivu.samples.AgencyNaming.SHORT_NAME;
import static vn.daklak.ngoaivu.samples.Quirk.COLUMNS_REORDERED;
import static vn.daklak.ngoaivu.samples.Quirk.COUNTRY_BLANK_FOR_VN;
import static vn.daklak.ngoaivu.samples.Quirk.DATES_AS_TEXT;
import static vn.daklak.ngoaivu.samples.Quirk.ENGLISH;
import static vn.daklak.ngoaivu.samples.Quirk.HEADER_LINE_BREAKS;
import static vn.daklak.ngoaivu.samples.Quirk.MONEY_AS_TEXT;
import static vn.daklak.ngoaivu.samples.Quirk.MONEY_UNIT_HEADER;
import static vn.daklak.ngoaivu.samples.Quirk.MONEY_UNIT_TITLE;
import static vn.daklak.ngoaivu.samples.Quirk.NFD;
import static vn.daklak.ngoaivu.samples.Quirk.NO_TASK_SHEET;
import static vn.daklak.ngoaivu.samples.Quirk.PERCENT_CELLS;
import static vn.daklak.ngoaivu.samples.Quirk.PERCENT_TEXT;
import static vn.daklak.ngoaivu.samples.Quirk.SECTIONS;
import static vn.daklak.ngoaivu.samples.Quirk.SHEET_ALIASES;
import static vn.daklak.ngoaivu.samples.Quirk.STATUS_VARIANTS;
import static vn.daklak.ngoaivu.samples.Quirk.STATUS_WITHOUT_DIACRITICS;
import static vn.daklak.ngoaivu.samples.Quirk.TITLE_ROWS;
import static vn.daklak.ngoaivu.samples.Quirk.TOTALS;
import static vn.daklak.ngoaivu.samples.Quirk.UNKNOWN_TASK_CODE;
import static vn.daklak.ngoaivu.samples.Quirk.WRONG_TOTAL;

import java.util.List;

import vn.daklak.ngoaivu.normalize.Period;

/**
 * Which agency sends which file for 2024, and how it writes it. Not sending: SKHCN and BDT (both periods); SKHDT,
 * SLDTBXH, UBKBO and UBMDR (H1). Rejected: BCHQS's H1 (no Nhiệm vụ sheet) and UBLAK's YEAR (task NV99). SVHTTDL sends
 * its annual report twice. DHTN reports although it is not required to.
 */
final class SampleRoster {

    /** One file: the agency, the period, the file name, and how it is written. */
    record Entry(String agency, Period period, String fileName, WritingStyle style) {

        boolean expectedAccepted() {
            return !style.has(UNKNOWN_TASK_CODE) && !style.has(NO_TASK_SHEET);
        }
    }

    static final String H1_TEXT = "6 tháng đầu năm";
    static final String YEAR_TEXT = "Năm";

    private static final List<Entry> ENTRIES = List.of(
            e("SNGV", H1, "SNGV-2024-H1.xlsx", CODE_ONLY, "H1"),
            e("SNGV", YEAR, "SNGV-2024-YEAR.xlsx", FULL_NAME, YEAR_TEXT, MONEY_AS_TEXT, TOTALS),
            e("SVHTTDL", H1, "SVHTTDL-2024-H1.xlsx", FULL_NAME, H1_TEXT, SECTIONS, TOTALS, TITLE_ROWS, MONEY_AS_TEXT),
            e("SVHTTDL", YEAR, "SVHTTDL-2024-YEAR-lan1.xlsx", FULL_NAME, YEAR_TEXT),
            e("SVHTTDL", YEAR, "SVHTTDL-2024-YEAR-lan2.xlsx", OLD_TONES, "Cả năm", MONEY_UNIT_TITLE, SECTIONS, TOTALS),
            e("STC", H1, "STC_BaoCao_6thang_2024.xlsx", SHORT_NAME, "6 tháng"),
            e("STC", YEAR, "STC_BaoCao_nam_2024.xlsx", SHORT_NAME, YEAR_TEXT),
            e("SKHDT", YEAR, "SKHDT-2024-YEAR.xlsx", ALIAS, "Cả năm"),
            e("SCT", H1, "SCT-2024-H1.xlsx", FULL_NAME, H1_TEXT, SHEET_ALIASES),
            e("SCT", YEAR, "SCT-2024-YEAR.xlsx", FULL_NAME, "Cả năm", SHEET_ALIASES, TOTALS),
            e("SNNPTNT", H1, "BC_NGVH_6T_2024_SoNNPTNT.xlsx", SHORT_NAME, H1_TEXT, MONEY_UNIT_TITLE),
            e("SNNPTNT", YEAR, "BC_NGVH_Nam_2024_SoNNPTNT.xlsx", SHORT_NAME, YEAR_TEXT, MONEY_UNIT_TITLE),
            e("STTTT", H1, "STTTT-2024-H1.xlsx", FULL_NAME, H1_TEXT),
            e("STTTT", YEAR, "STTTT-2024-YEAR-English.xlsx", FULL_NAME, "YEAR", ENGLISH),
            e("SGDDT", H1, "SGDDT-2024-H1.xlsx", ALIAS, H1_TEXT),
            e("SGDDT", YEAR, "SGDDT-2024-YEAR.xlsx", ALIAS, YEAR_TEXT, PERCENT_CELLS),
            e("SNOV", H1, "SNOV-2024-H1.xlsx", FULL_NAME, H1_TEXT),
            e("SNOV", YEAR, "SNOV-2024-YEAR.xlsx", FULL_NAME, "Hằng năm"),
            e("SLDTBXH", YEAR, "SLDTBXH-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT, TITLE_ROWS),
            e("VPUBND", H1, "VPUBND-BaoCao-6thang-2024.xlsx", OLD_TONES, H1_TEXT),
            e("VPUBND", YEAR, "VPUBND-BaoCao-nam-2024.xlsx", OLD_TONES, YEAR_TEXT),
            e("CAT", H1, "CAT-2024-H1.xlsx", SHORT_NAME, H1_TEXT),
            e("CAT", YEAR, "CAT-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT, SECTIONS, TOTALS),
            e("BCHQS", H1, "BCHQS-2024-H1.xlsx", SHORT_NAME, H1_TEXT, NO_TASK_SHEET),
            e("BCHQS", YEAR, "BCHQS-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT),
            e("BDBP", H1, "BDBP-2024-H1.xlsx", ALIAS, H1_TEXT, DATES_AS_TEXT),
            e("BDBP", YEAR, "BDBP-2024-YEAR.xlsx", ALIAS, YEAR_TEXT, DATES_AS_TEXT, TOTALS),
            e("DPTTH", H1, "DPTTH-2024-H1.xlsx", FULL_NAME, H1_TEXT),
            e("DPTTH", YEAR, "DPTTH-2024-YEAR.xlsx", FULL_NAME, YEAR_TEXT, NFD),
            e("BAODL", H1, "BaoDakLak-2024-H1.xlsx", FULL_NAME, "6 tháng"),
            e("BAODL", YEAR, "BaoDakLak-2024-Nam.xlsx", FULL_NAME, YEAR_TEXT),
            e("LHHN", H1, "LHHN-2024-H1.xlsx", SHORT_NAME, H1_TEXT),
            e("LHHN", YEAR, "LHHN-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT, HEADER_LINE_BREAKS, COLUMNS_REORDERED),
            e("TDOAN", H1, "TinhDoan-BC-6thang-2024.xlsx", SHORT_NAME, H1_TEXT, STATUS_VARIANTS, PERCENT_TEXT),
            e("TDOAN", YEAR, "TinhDoan-BC-nam-2024.xlsx", SHORT_NAME, "Cả năm", STATUS_VARIANTS),
            e("DHTN", YEAR, "DHTayNguyen-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT),
            e("UBBMT", H1, "UBBMT-2024-H1.xlsx", ALIAS, H1_TEXT, TITLE_ROWS),
            e("UBBMT", YEAR, "UBBMT-2024-YEAR.xlsx", ALIAS, YEAR_TEXT, MONEY_UNIT_HEADER, PERCENT_CELLS),
            e("UBBHO", H1, "UBBHO-2024-H1.xlsx", SHORT_NAME, H1_TEXT, COUNTRY_BLANK_FOR_VN),
            e("UBBHO", YEAR, "UBBHO-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT, COUNTRY_BLANK_FOR_VN),
            e("UBBDO", H1, "UBND_BuonDon_BC_6thang_2024.xlsx", ALIAS, H1_TEXT),
            e("UBBDO", YEAR, "UBND_BuonDon_BC_nam_2024.xlsx", ALIAS, YEAR_TEXT),
            e("UBCKU", H1, "UBCKU-2024-H1.xlsx", FULL_NAME, H1_TEXT, COUNTRY_BLANK_FOR_VN),
            e("UBCKU", YEAR, "UBCKU-2024-YEAR.xlsx", FULL_NAME, YEAR_TEXT),
            e("UBCMG", H1, "UBCMG-2024-H1.xlsx", SHORT_NAME, H1_TEXT),
            e("UBCMG", YEAR, "UBCMG-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT, MONEY_AS_TEXT),
            e("UBEHL", H1, "UBEHL-2024-H1.xlsx", FULL_NAME, H1_TEXT),
            e("UBEHL", YEAR, "UBEHL-2024-YEAR.xlsx", FULL_NAME, YEAR_TEXT),
            e("UBEKA", H1, "UBEKA-2024-H1.xlsx", SHORT_NAME, H1_TEXT),
            e("UBEKA", YEAR, "UBEKA-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT, HEADER_LINE_BREAKS),
            e("UBESU", H1, "UBND_EaSup_BC_6thang_2024.xlsx", ALIAS, H1_TEXT),
            e("UBESU", YEAR, "UBND_EaSup_BC_nam_2024.xlsx", ALIAS, YEAR_TEXT, DATES_AS_TEXT, PERCENT_TEXT,
                    STATUS_WITHOUT_DIACRITICS),
            e("UBKAN", H1, "UBKAN-2024-H1.xlsx", FULL_NAME, H1_TEXT),
            e("UBKAN", YEAR, "UBKAN-2024-YEAR.xlsx", FULL_NAME, YEAR_TEXT, SECTIONS, TOTALS),
            e("UBKBO", YEAR, "UBKBO-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT),
            e("UBKBU", H1, "UBKBU-2024-H1.xlsx", SHORT_NAME, H1_TEXT),
            e("UBKBU", YEAR, "UBKBU-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT),
            e("UBKNA", H1, "UBKNA-2024-H1.xlsx", FULL_NAME, H1_TEXT),
            e("UBKNA", YEAR, "UBKNA-2024-YEAR.xlsx", FULL_NAME, YEAR_TEXT),
            e("UBKPA", H1, "UBKPA-2024-H1.xlsx", ALIAS, H1_TEXT),
            e("UBKPA", YEAR, "UBKPA-2024-YEAR.xlsx", ALIAS, YEAR_TEXT, WRONG_TOTAL),
            e("UBLAK", H1, "UBLAK-2024-H1.xlsx", SHORT_NAME, H1_TEXT),
            e("UBLAK", YEAR, "UBLAK-2024-YEAR.xlsx", SHORT_NAME, YEAR_TEXT, UNKNOWN_TASK_CODE),
            e("UBMDR", YEAR, "UBMDR-2024-YEAR.xlsx", FULL_NAME, YEAR_TEXT));

    private SampleRoster() {
    }

    static List<Entry> entries() {
        return ENTRIES;
    }

    private static Entry e(String agency, Period period, String fileName, AgencyNaming naming, String periodText,
                           Quirk... quirks) {
        return new Entry(agency, period, fileName, WritingStyle.of(naming, periodText, quirks));
    }
}
