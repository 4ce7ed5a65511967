package vn.daklak.ngoaivu.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plan task codes: {@code NV01}, {@code nv01}, {@code NV 01}, {@code NV1}, {@code NV-01} are all {@code NV01}. */
public final class TaskCodes {

    private static final Pattern CODE = Pattern.compile("([A-Za-z]{1,6})\\s*[-_.]?\\s*(\\d{1,4})");

    private static final ValueCache<Optional<String>> CACHE = new ValueCache<>(TaskCodes::compute);

    private TaskCodes() {
    }

    /** Canonical form: upper-case letters, then the number with at least two digits; empty when not a code. */
    public static Optional<String> normalize(String raw) {
        return raw == null ? compute(null) : CACHE.get(raw);
    }

    static Optional<String> compute(String raw) {
        Matcher m = CODE.matcher(VietText.clean(raw));
        if (!m.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(2));
        return Optional.of(m.group(1).toUpperCase(Locale.ROOT) + (number < 10 ? "0" : "") + number);
    }
}
