package vn.daklak.ngoaivu.normalize;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds an agency by code, name, short name or alias: exact code first (case-insensitive), then
 * {@link VietText#matchKey}, then {@link VietText#asciiKey} as the last resort, also tolerating the usual
 * abbreviations (UBND/Ủy ban nhân dân, TP./thành phố, TX./thị xã, H./huyện, "tỉnh Đắk Lắk" suffix, "&"/"và"/"-").
 * A key that fits more than one agency is ambiguous, never guessed. "SNV" (Sở Ngoại vụ in some provinces, Sở Nội vụ
 * in others) is always ambiguous, whatever the alias lists say.
 */
public final class AgencyMatcher {

    public AgencyMatcher(Collection<AgencyRef> agencies) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    public Optional<AgencyRef> byCode(String code) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    /** Resolve a name/short name/alias/code; when not found or ambiguous, up to 3 suggestions, closest first. */
    public AgencyMatch resolve(String raw) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
