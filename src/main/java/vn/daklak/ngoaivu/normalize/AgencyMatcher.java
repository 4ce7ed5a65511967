package vn.daklak.ngoaivu.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds an agency by code, name, short name or alias: exact code first (case-insensitive), then
 * {@link VietText#matchKey}, then {@link VietText#asciiKey} as the last resort, also tolerating the usual
 * abbreviations (UBND/Ủy ban nhân dân, TP./thành phố, TX./thị xã, H./huyện, "tỉnh Đắk Lắk" suffix, "&"/"và"/"-").
 * A key that fits more than one agency is ambiguous, never guessed. "SNV" (Sở Ngoại vụ in some provinces, Sở Nội vụ
 * in others) is always ambiguous, whatever the alias lists say; its suggestions are Sở Ngoại vụ and Sở Nội vụ.
 * Longer spellings that the master data lists as an alias of one agency (e.g. "Sở NV" for Sở Nội vụ, "Sở NgV" for
 * Sở Ngoại vụ) resolve to it: the operators chose them.
 */
public final class AgencyMatcher {

    private static final int MAX_SUGGESTIONS = 3;
    /** From strict to loose; the first level where the text fits decides. */
    private static final List<Function<String, String>> KEYS =
            List.of(AgencyKeys::exact, AgencyKeys::loose, AgencyKeys::compact);
    /** Abbreviations that mean different agencies in different provinces, and the names they may stand for. */
    private static final Map<String, List<String>> NEVER_RESOLVED = Map.of("snv", List.of("so ngoai vu", "so noi vu"));

    private final List<AgencyRef> agencies;
    private final Map<String, AgencyRef> byCode = new HashMap<>();
    private final List<Map<String, Set<AgencyRef>>> levels = new ArrayList<>();
    private final Map<String, AgencyRef> byLabel = new LinkedHashMap<>();

    public AgencyMatcher(Collection<AgencyRef> agencies) {
        this.agencies = List.copyOf(agencies);
        KEYS.forEach(key -> levels.add(index(key)));
        for (AgencyRef agency : this.agencies) {
            byCode.put(agency.code().toUpperCase(Locale.ROOT), agency);
            labels(agency).forEach(label -> byLabel.putIfAbsent(label, agency));
        }
    }

    public Optional<AgencyRef> byCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(VietText.clean(code).toUpperCase(Locale.ROOT)));
    }

    /** Resolve a name/short name/alias/code; when not found or ambiguous, up to 3 suggestions, closest first. */
    public AgencyMatch resolve(String raw) {
        String cleaned = VietText.clean(raw);
        if (cleaned.isEmpty()) {
            return new AgencyMatch(null, false, List.of());
        }
        List<String> meanings = NEVER_RESOLVED.get(AgencyKeys.compact(cleaned));
        if (meanings != null) {
            return new AgencyMatch(null, true, agenciesNamed(meanings));
        }
        Optional<AgencyRef> code = byCode(cleaned);
        if (code.isPresent()) {
            return new AgencyMatch(code.get(), false, List.of());
        }
        for (int i = 0; i < levels.size(); i++) {
            Set<AgencyRef> found = levels.get(i).getOrDefault(KEYS.get(i).apply(cleaned), Set.of());
            if (found.size() == 1) {
                return new AgencyMatch(found.iterator().next(), false, List.of());
            }
            if (found.size() > 1) {
                return new AgencyMatch(null, true, List.copyOf(found));
            }
        }
        return new AgencyMatch(null, false, suggestions(cleaned));
    }

    private Map<String, Set<AgencyRef>> index(Function<String, String> key) {
        Map<String, Set<AgencyRef>> index = new HashMap<>();
        for (AgencyRef agency : agencies) {
            for (String label : labels(agency)) {
                for (String variant : AgencyKeys.withPlaceName(key.apply(label))) {
                    index.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add(agency);
                }
            }
        }
        index.remove("");
        return index;
    }

    private static List<String> labels(AgencyRef agency) {
        List<String> labels = new ArrayList<>();
        labels.add(agency.code());
        labels.add(agency.name());
        if (agency.shortName() != null) {
            labels.add(agency.shortName());
        }
        if (agency.aliases() != null) {
            labels.addAll(agency.aliases());
        }
        labels.removeIf(label -> label == null || label.isBlank());
        return labels;
    }

    private List<AgencyRef> agenciesNamed(List<String> asciiNames) {
        List<AgencyRef> named = new ArrayList<>();
        for (String name : asciiNames) {
            agencies.stream().filter(a -> VietText.asciiKey(a.name()).equals(name)).forEach(named::add);
        }
        return List.copyOf(named);
    }

    private List<AgencyRef> suggestions(String raw) {
        Set<AgencyRef> closest = new LinkedHashSet<>();
        for (String label : Suggestions.closest(raw, byLabel.keySet(), byLabel.size())) {
            closest.add(byLabel.get(label));
            if (closest.size() == MAX_SUGGESTIONS) {
                break;
            }
        }
        return List.copyOf(closest);
    }
}
