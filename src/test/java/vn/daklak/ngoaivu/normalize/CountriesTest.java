package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Việt Nam|VN", "Viet Nam|VN", "Vietnam|VN", "VN|VN", "vn|VN", "VNM|VN",
        "Hàn Quốc|KR", "Han Quoc|KR", "Korea|KR", "South Korea|KR", "KR|KR", "KOR|KR",
        "Lào|LA", "Lao|LA", "Laos|LA", "LA|LA", "LAO|LA",
        "Campuchia|KH", "Cambodia|KH", "KHM|KH",
        "Trung Quốc|CN", "Nhật Bản|JP", "Nhat Ban|JP", "Thái Lan|TH", "Hoa Kỳ|US", "Hoa Kỳ|US", "Mỹ|US", "USA|US",
        "Pháp|FR", "Đức|DE", "Nga|RU", "Úc|AU", "Ấn Độ|IN", "Singapore|SG", "Malaysia|MY", "Indonesia|ID",
        "Philippines|PH", "Myanmar|MM", "Anh|GB", "Vương quốc Anh|GB", "Canada|CA", "Israel|IL", "Hà Lan|NL",
        "Bỉ|BE", "Ý|IT", "Italy|IT", "Tây Ban Nha|ES", "Cuba|CU", "Mông Cổ|MN", "Đài Loan|TW", "New Zealand|NZ",
        "Thụy Sĩ|CH", "Thuỵ Sĩ|CH", "Brazil|BR", "Germany|DE", "Japan|JP", "  thái   lan |TH", "MY|MY"})
    void namesAndCodes(String raw, String iso) {
        assertThat(Countries.toIso(raw)).contains(iso);
        assertThat(Countries.toIso(Normalizer.normalize(raw, Normalizer.Form.NFD))).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Atlantis", "XX", "Tỉnh Jeollabuk"})
    void unknown(String raw) {
        assertThat(Countries.toIso(raw)).isEmpty();
    }

    @Test
    void vietnameseNames() {
        assertThat(Countries.vietnameseName("KR")).isEqualTo("Hàn Quốc");
        assertThat(Countries.vietnameseName("LA")).isEqualTo("Lào");
        assertThat(Countries.vietnameseName("KH")).isEqualTo("Campuchia");
        assertThat(Countries.vietnameseName("VN")).isEqualTo("Việt Nam");
        assertThat(Countries.vietnameseName("AU")).isEqualTo("Úc");
        assertThat(Countries.vietnameseName("kr")).isEqualTo("Hàn Quốc");
        assertThat(Countries.vietnameseName("EE")).isNotEqualTo("EE").isNotBlank();
        assertThat(Countries.vietnameseName("ZZ")).isEqualTo("ZZ");
    }
}
