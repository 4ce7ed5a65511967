package vn.daklak.ngoaivu.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keys of agency names, from strict to loose: the words as written ({@link VietText#matchKey}), without diacritics
 * ({@link VietText#asciiKey}), and without diacritics or spaces ({@code Sở VH-TT-DL} = {@code Sở VHTTDL}). Every key
 * spells out the usual abbreviations, drops "và" (so "&", "-" and "và" agree) and a trailing "tỉnh Đắk Lắk"/"tỉnh".
 */
final class AgencyKeys {

    /** Abbreviations by their ascii form, and what they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "ubnd", "Ủy ban nhân dân",
            "tp", "thành phố",
            "tx", "thị xã",
            "h", "huyện",
            "vp", "văn phòng",
            "bmt", "Buôn Ma Thuột",
            "bch", "Bộ Chỉ huy",
            "bql", "Ban Quản lý");
    private static final List<String> PROVINCE = List.of("dak lak", "daklak");
    private static final List<String> LOCAL_GOVERNMENT_PREFIXES = List.of(
            "uy ban nhan dan huyen", "uy ban nhan dan thi xa", "uy ban nhan dan thanh pho", "huyen", "thi xa",
            "thanh pho");
    private static final String AND = "va";
    private static final String TINH = "tinh";
    private static final int MIN_WORDS_AFTER_SUFFIX = 2;

    private AgencyKeys() {
    }

    /**
     * The key itself and, for a district's people's committee, the bare place name ({@code Cư M'gar} for
     * {@code UBND huyện Cư M'gar}), which agencies also write alone.
     */
    static List<String> withPlaceName(String key) {
        String ascii = VietText.asciiKey(key);
        for (String prefix : LOCAL_GOVERNMENT_PREFIXES) {
            if (ascii.startsWith(prefix + " ")) {
                int words = prefix.split(" ").length;
                List<String> rest = Arrays.asList(key.split(" "));
                return List.of(key, String.join(" ", rest.subList(words, rest.size())));
            }
        }
        return List.of(key);
    }

    static String exact(String raw) {
        return key(raw, VietText::matchKey);
    }

    static String loose(String raw) {
        return key(raw, VietText::asciiKey);
    }

    static String compact(String raw) {
        return loose(raw).replace(" ", "");
    }

    private static String key(String raw, Function<String, String> wordKey) {
        List<String> words = new ArrayList<>();
        for (String word : wordKey.apply(raw).split(" ")) {
            String ascii = VietText.asciiKey(word);
            if (word.isEmpty() || ascii.equals(AND)) {
                continue;
            }
            String expansion = ABBREVIATIONS.get(ascii);
            words.addAll(expansion == null ? List.of(word) : Arrays.asList(wordKey.apply(expansion).split(" ")));
        }
        dropProvinceSuffix(words);
        return String.join(" ", words);
    }

    private static void dropProvinceSuffix(List<String> words) {
        for (String province : PROVINCE) {
            int length = province.split(" ").length;
            if (words.size() - length >= MIN_WORDS_AFTER_SUFFIX && asciiTail(words, length).equals(province)) {
                words.subList(words.size() - length, words.size()).clear();
            }
        }
        if (words.size() - 1 >= MIN_WORDS_AFTER_SUFFIX && asciiTail(words, 1).equals(TINH)) {
            words.remove(words.size() - 1);
        }
    }

    private static String asciiTail(List<String> words, int length) {
        return VietText.asciiKey(String.join(" ", words.subList(words.size() - length, words.size())));
    }
}
