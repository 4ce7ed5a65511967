package vn.daklak.ngoaivu.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country names in Vietnamese or English, or ISO 3166-1 alpha-2/alpha-3 codes, to alpha-2 codes:
 * {@code Việt Nam}, {@code Vietnam}, {@code VN} → VN; {@code Hàn Quốc}, {@code Korea}, {@code South Korea} → KR;
 * {@code Lào}, {@code Laos} → LA; {@code Campuchia}, {@code Cambodia} → KH; and the other countries a province deals
 * with (Trung Quốc, Nhật Bản, Thái Lan, Hoa Kỳ/Mỹ, Pháp, Đức, Nga, Úc, Ấn Độ, Singapore, Malaysia, Indonesia, Philippines,
 * Myanmar, Anh, Canada, Israel, Hà Lan, Bỉ, Ý, Tây Ban Nha, Cuba, Mông Cổ, Đài Loan, New Zealand, …: broad coverage
 * via {@link java.util.Locale} display names in vi and en plus a table of common Vietnamese names).
 *
 * <p>Order of lookup: names as written (with their diacritics, any case, form or tone placement), then a 2-letter
 * alpha-2 code, then a 3-letter alpha-3 code, then names without diacritics. So {@code Nga} is Russia (not NGA,
 * Nigeria), and {@code MY} or {@code My} is Malaysia while {@code Mỹ} is the United States.
 */
public final class Countries {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> ALPHA2 = Set.of(Locale.getISOCountries());
    private static final Map<String, String> ALPHA3 = alpha3Codes();
    private static final Map<String, String> PREFERRED_NAMES = preferredNames();
    private static final AliasTable<String> NAMES = names();
    private static final ValueCache<Optional<String>> CACHE = new ValueCache<>(Countries::compute);

    private Countries() {
    }

    public static Optional<String> toIso(String raw) {
        return raw == null ? compute(null) : CACHE.get(raw);
    }

    static Optional<String> compute(String raw) {
        String cleaned = VietText.clean(raw);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> byName = NAMES.findExact(cleaned);
        if (byName.isPresent()) {
            return byName;
        }
        String upper = cleaned.toUpperCase(Locale.ROOT);
        if (ALPHA2.contains(upper)) {
            return Optional.of(upper);
        }
        if (ALPHA3.containsKey(upper)) {
            return Optional.of(ALPHA3.get(upper));
        }
        return NAMES.find(cleaned);
    }

    /** Vietnamese display name of an alpha-2 code ({@code KR} → {@code Hàn Quốc}); the code itself when unknown. */
    public static String vietnameseName(String iso) {
        if (iso == null) {
            return "";
        }
        String code = iso.strip().toUpperCase(Locale.ROOT);
        String preferred = PREFERRED_NAMES.get(code);
        if (preferred != null) {
            return preferred;
        }
        if (!ALPHA2.contains(code)) {
            return iso;
        }
        String cldr = new Locale("", code).getDisplayCountry(VIETNAMESE);
        return cldr.isBlank() ? code : cldr;
    }

    private static AliasTable<String> names() {
        AliasTable<String> table = new AliasTable<>();
        for (List<String> row : CountryNames.TABLE) {
            table.add(row.get(0), row.subList(1, row.size()).toArray(String[]::new));
        }
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            table.add(code, country.getDisplayCountry(VIETNAMESE), country.getDisplayCountry(Locale.ENGLISH));
        }
        return table;
    }

    private static Map<String, String> alpha3Codes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            codes.put(new Locale("", code).getISO3Country(), code);
        }
        return codes;
    }

    private static Map<String, String> preferredNames() {
        Map<String, String> names = new HashMap<>();
        CountryNames.TABLE.forEach(row -> names.put(row.get(0), row.get(1)));
        return names;
    }
}
