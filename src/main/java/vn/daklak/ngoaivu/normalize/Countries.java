package vn.daklak.ngoaivu.normalize;

import java.util.Optional;

/**
 * Country names in Vietnamese or English, or ISO 3166-1 alpha-2/alpha-3 codes, to alpha-2 codes:
 * {@code Việt Nam}, {@code Vietnam}, {@code VN} → VN; {@code Hàn Quốc}, {@code Korea}, {@code South Korea} → KR;
 * {@code Lào}, {@code Laos} → LA; {@code Campuchia}, {@code Cambodia} → KH; and the other countries a province deals
 * with (Trung Quốc, Nhật Bản, Thái Lan, Hoa Kỳ/Mỹ, Pháp, Đức, Nga, Úc, Ấn Độ, Singapore, Malaysia, Indonesia, Philippines,
 * Myanmar, Anh, Canada, Israel, Hà Lan, Bỉ, Ý, Tây Ban Nha, Cuba, Mông Cổ, Đài Loan, New Zealand, …: broad coverage
 * via {@link java.util.Locale} display names in vi and en plus a table of common Vietnamese names).
 */
public final class Countries {

    private Countries() {
    }

    public static Optional<String> toIso(String raw) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    /** Vietnamese display name of an alpha-2 code ({@code KR} → {@code Hàn Quốc}); the code itself when unknown. */
    public static String vietnameseName(String iso) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
