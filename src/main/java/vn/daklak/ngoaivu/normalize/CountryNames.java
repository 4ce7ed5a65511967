package vn.daklak.ngoaivu.normalize;

import java.util.List;

/**
 * The Vietnamese names officials actually write, first the one we display, then other spellings (transliterations,
 * short forms, English names the JDK does not give). Completes the JDK's CLDR names, which miss several of them
 * ({@code Úc}, {@code Mỹ}, {@code Anh}, {@code Ý}).
 */
final class CountryNames {

    static final List<List<String>> TABLE = List.of(
            List.of("VN", "Việt Nam", "Viet Nam", "Vietnam", "Nước CHXHCN Việt Nam", "Trong nước"),
            List.of("KR", "Hàn Quốc", "Korea", "South Korea", "Republic of Korea", "Đại Hàn", "Nam Hàn"),
            List.of("KP", "Triều Tiên", "Bắc Triều Tiên", "North Korea", "CHDCND Triều Tiên"),
            List.of("LA", "Lào", "Laos", "Lao", "Lao PDR", "CHDCND Lào"),
            List.of("KH", "Campuchia", "Cambodia", "Cam-pu-chia", "Căm-pu-chia", "Kampuchea"),
            List.of("CN", "Trung Quốc", "China", "Trung Hoa"),
            List.of("JP", "Nhật Bản", "Japan", "Nhật"),
            List.of("TH", "Thái Lan", "Thailand"),
            List.of("US", "Hoa Kỳ", "Mỹ", "USA", "United States", "United States of America", "America"),
            List.of("FR", "Pháp", "France"),
            List.of("DE", "Đức", "Germany", "CHLB Đức"),
            List.of("RU", "Nga", "Liên bang Nga", "LB Nga", "Russia", "Russian Federation"),
            List.of("AU", "Úc", "Australia", "Ô-xtrây-li-a", "Ôxtrâylia"),
            List.of("IN", "Ấn Độ", "India"),
            List.of("SG", "Singapore", "Xinh-ga-po", "Singapo"),
            List.of("MY", "Malaysia", "Ma-lai-xi-a", "Malaixia"),
            List.of("ID", "Indonesia", "In-đô-nê-xi-a", "Inđônêxia"),
            List.of("PH", "Philippines", "Phi-líp-pin", "Philippin"),
            List.of("MM", "Myanmar", "Mi-an-ma", "Miến Điện", "Burma"),
            List.of("BN", "Brunei", "Bru-nây", "Brunây"),
            List.of("TL", "Đông Timor", "Timor-Leste", "East Timor"),
            List.of("GB", "Anh", "Vương quốc Anh", "United Kingdom", "UK", "England", "Great Britain", "Britain"),
            List.of("CA", "Canada", "Ca-na-đa"),
            List.of("IL", "Israel", "I-xra-en"),
            List.of("NL", "Hà Lan", "Netherlands", "Holland"),
            List.of("BE", "Bỉ", "Belgium"),
            List.of("IT", "Ý", "Italia", "Italy", "I-ta-li-a"),
            List.of("ES", "Tây Ban Nha", "Spain"),
            List.of("PT", "Bồ Đào Nha", "Portugal"),
            List.of("CU", "Cuba", "Cu-ba"),
            List.of("MN", "Mông Cổ", "Mongolia"),
            List.of("TW", "Đài Loan", "Taiwan", "Đài Loan (Trung Quốc)"),
            List.of("HK", "Hồng Kông", "Hong Kong", "Hồng Kông (Trung Quốc)"),
            List.of("NZ", "New Zealand", "Niu Di-lân"),
            List.of("CH", "Thụy Sĩ", "Switzerland"),
            List.of("SE", "Thụy Điển", "Sweden"),
            List.of("AT", "Áo", "Austria"),
            List.of("DK", "Đan Mạch", "Denmark"),
            List.of("NO", "Na Uy", "Norway"),
            List.of("FI", "Phần Lan", "Finland"),
            List.of("PL", "Ba Lan", "Poland"),
            List.of("CZ", "Séc", "Cộng hòa Séc", "Czech Republic", "Czechia"),
            List.of("HU", "Hungary", "Hung-ga-ri"),
            List.of("UA", "Ukraina", "Ukraine", "U-crai-na"),
            List.of("BY", "Belarus", "Bê-la-rút"),
            List.of("KZ", "Kazakhstan", "Ca-dắc-xtan"),
            List.of("TR", "Thổ Nhĩ Kỳ", "Turkey", "Türkiye"),
            List.of("EG", "Ai Cập", "Egypt"),
            List.of("ZA", "Nam Phi", "South Africa"),
            List.of("BR", "Brazil", "Bra-xin", "Braxin"),
            List.of("AR", "Argentina", "Ác-hen-ti-na"),
            List.of("MX", "Mexico", "Mê-hi-cô", "Mêhicô"),
            List.of("AE", "Các Tiểu vương quốc Ả Rập Thống nhất", "UAE", "United Arab Emirates"),
            List.of("SA", "Ả Rập Xê Út", "Saudi Arabia"),
            List.of("GR", "Hy Lạp", "Greece"),
            List.of("IE", "Ireland", "Ai-len"),
            List.of("BG", "Bulgaria", "Bun-ga-ri"),
            List.of("RO", "Romania", "Ru-ma-ni"),
            List.of("VE", "Venezuela", "Vê-nê-xu-ê-la"),
            List.of("CL", "Chile", "Chi-lê"),
            List.of("BD", "Bangladesh", "Băng-la-đét"),
            List.of("LK", "Sri Lanka", "Xri Lan-ca"),
            List.of("NP", "Nepal", "Nê-pan"),
            List.of("PK", "Pakistan", "Pa-ki-xtan"),
            List.of("MO", "Ma Cao", "Macau", "Macao"));

    private CountryNames() {
    }
}
