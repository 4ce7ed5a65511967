package vn.daklak.ngoaivu.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds a partner locality by code, Vietnamese or English name, or alias (matchKey, then asciiKey, then asciiKey
 * without spaces; a leading "tỉnh"/"province", a trailing "province" and a trailing "(Hàn Quốc)"-style country note are
 * ignored). A name that fits two partners resolves to none.
 */
public final class PartnerMatcher {

    private static final Pattern COUNTRY_NOTE = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Set<String> PROVINCE_WORDS = Set.of("tinh", "province");
    private static final List<Function<String, String>> KEYS = List.of(
            raw -> key(raw, VietText::matchKey),
            raw -> key(raw, VietText::asciiKey),
            raw -> key(raw, VietText::asciiKey).replace(" ", ""));

    private final Map<String, PartnerRef> byCode = new HashMap<>();
    private final List<Map<String, Set<PartnerRef>>> levels = new ArrayList<>();

    public PartnerMatcher(Collection<PartnerRef> partners) {
        for (PartnerRef partner : partners) {
            byCode.put(partner.code().toUpperCase(Locale.ROOT), partner);
        }
        for (Function<String, String> key : KEYS) {
            Map<String, Set<PartnerRef>> index = new HashMap<>();
            for (PartnerRef partner : partners) {
                for (String label : labels(partner)) {
                    index.computeIfAbsent(key.apply(label), k -> new LinkedHashSet<>()).add(partner);
                }
            }
            index.remove("");
            levels.add(index);
        }
    }

    public Optional<PartnerRef> resolve(String raw) {
        String cleaned = VietText.clean(raw);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        PartnerRef code = byCode.get(cleaned.toUpperCase(Locale.ROOT));
        if (code != null) {
            return Optional.of(code);
        }
        for (int i = 0; i < KEYS.size(); i++) {
            Set<PartnerRef> found = levels.get(i).getOrDefault(KEYS.get(i).apply(cleaned), Set.of());
            if (!found.isEmpty()) {
                return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<String> labels(PartnerRef partner) {
        List<String> labels = new ArrayList<>(List.of(partner.code()));
        labels.add(partner.nameVi());
        labels.add(partner.nameEn());
        if (partner.aliases() != null) {
            labels.addAll(partner.aliases());
        }
        labels.removeIf(label -> label == null || label.isBlank());
        return labels;
    }

    private static String key(String raw, Function<String, String> wordKey) {
        List<String> words = new ArrayList<>(List.of(wordKey.apply(COUNTRY_NOTE.matcher(raw).replaceFirst(""))
                .split(" ")));
        if (words.size() > 1 && PROVINCE_WORDS.contains(VietText.asciiKey(words.get(0)))) {
            words.remove(0);
        }
        if (words.size() > 1 && PROVINCE_WORDS.contains(VietText.asciiKey(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }
}
