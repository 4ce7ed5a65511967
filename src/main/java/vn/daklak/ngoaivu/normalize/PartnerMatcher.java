package vn.daklak.ngoaivu.normalize;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds a partner locality by code, Vietnamese or English name, or alias (matchKey, then asciiKey; a leading
 * "tỉnh"/"province" and a trailing "(Hàn Quốc)"-style country note are ignored).
 */
public final class PartnerMatcher {

    public PartnerMatcher(Collection<PartnerRef> partners) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    public Optional<PartnerRef> resolve(String raw) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
