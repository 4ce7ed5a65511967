package vn.daklak.ngoaivu.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * The VNI-Windows code table, as Latin-1 characters. A few letters are one character ({@code ñ} đ, {@code ô} ơ,
 * {@code ö} ư, {@code æ ó ò î} ỉ ĩ ị ỵ); every other marked letter is the base letter followed by one mark character,
 * which carries the vowel mark (circumflex, breve) and the tone together: {@code aù} á, {@code aâ} â, {@code aá} ấ,
 * {@code aé} ắ. Upper-case letters use the upper-case form of the same characters.
 */
final class VniTable {

    static final char CIRCUMFLEX = '\u0302';
    static final char BREVE = '\u0306';

    /** Letters that are a single character, lower and upper case. */
    static final Map<Character, Character> LETTERS = Map.ofEntries(
            Map.entry('\u00F1', '\u0111'), Map.entry('\u00D1', '\u0110'),
            Map.entry('\u00F4', '\u01A1'), Map.entry('\u00D4', '\u01A0'),
            Map.entry('\u00F6', '\u01B0'), Map.entry('\u00D6', '\u01AF'),
            Map.entry('\u00ED', '\u00ED'), Map.entry('\u00CD', '\u00CD'),
            Map.entry('\u00EC', '\u00EC'), Map.entry('\u00CC', '\u00CC'),
            Map.entry('\u00E6', '\u1EC9'), Map.entry('\u00C6', '\u1EC8'),
            Map.entry('\u00F3', '\u0129'), Map.entry('\u00D3', '\u0128'),
            Map.entry('\u00F2', '\u1ECB'), Map.entry('\u00D2', '\u1ECA'),
            Map.entry('\u00EE', '\u1EF5'), Map.entry('\u00CE', '\u1EF4'));

    /** Mark characters (lower case) and the combining marks they stand for. */
    static final Map<Character, String> MARKS = marks();

    private VniTable() {
    }

    private static Map<Character, String> marks() {
        String acute = "\u0301";
        String grave = "\u0300";
        String hook = "\u0309";
        String tilde = "\u0303";
        String dot = "\u0323";
        Map<Character, String> lower = new HashMap<>();
        lower.put('\u00F9', acute);              // ù
        lower.put('\u00F8', grave);              // ø
        lower.put('\u00FB', hook);               // û
        lower.put('\u00F5', tilde);              // õ
        lower.put('\u00EF', dot);                // ï
        lower.put('\u00E2', "" + CIRCUMFLEX);    // â
        lower.put('\u00E1', CIRCUMFLEX + acute); // á
        lower.put('\u00E0', CIRCUMFLEX + grave); // à
        lower.put('\u00E5', CIRCUMFLEX + hook);  // å
        lower.put('\u00E3', CIRCUMFLEX + tilde); // ã
        lower.put('\u00E4', CIRCUMFLEX + dot);   // ä
        lower.put('\u00EA', "" + BREVE);         // ê
        lower.put('\u00E9', BREVE + acute);      // é
        lower.put('\u00E8', BREVE + grave);      // è
        lower.put('\u00FA', BREVE + hook);       // ú
        lower.put('\u00FC', BREVE + tilde);      // ü
        lower.put('\u00EB', BREVE + dot);        // ë
        Map<Character, String> both = new HashMap<>(lower);
        lower.forEach((mark, combining) -> both.put(Character.toUpperCase(mark), combining));
        return Map.copyOf(both);
    }
}
