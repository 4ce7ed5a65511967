package vn.daklak.ngoaivu.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * The TCVN3 (ABC, TCVN 5712:1993 VN3) code table, as Latin-1 characters: the 67 lower-case Vietnamese letters with
 * marks and the 7 capitals without tone (Ă Â Đ Ê Ô Ơ Ư); capitals with a tone only exist through the capitals fonts.
 * Written as escapes because most of these characters look alike, in the order of {@link #UNICODE}:
 * {@code à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ
 * ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ Ă Â Đ Ê Ô Ơ Ư}.
 */
final class Tcvn3Table {

    static final String UNICODE = "\u00E0\u00E1\u1EA3\u00E3\u1EA1\u0103\u1EB1\u1EAF\u1EB3\u1EB5\u1EB7\u00E2\u1EA7\u1EA5\u1EA9\u1EAB\u1EAD\u0111\u00E8\u00E9\u1EBB\u1EBD\u1EB9\u00EA\u1EC1\u1EBF\u1EC3\u1EC5\u1EC7\u00EC\u00ED\u1EC9\u0129\u1ECB\u00F2\u00F3\u1ECF\u00F5\u1ECD\u00F4\u1ED3\u1ED1\u1ED5\u1ED7\u1ED9\u01A1\u1EDD\u1EDB\u1EDF\u1EE1\u1EE3\u00F9\u00FA\u1EE7\u0169\u1EE5\u01B0\u1EEB\u1EE9\u1EED\u1EEF\u1EF1\u1EF3\u00FD\u1EF7\u1EF9\u1EF5\u0102\u00C2\u0110\u00CA\u00D4\u01A0\u01AF";
    static final String TCVN3 = "\u00B5\u00B8\u00B6\u00B7\u00B9\u00A8\u00BB\u00BE\u00BC\u00BD\u00C6\u00A9\u00C7\u00CA\u00C8\u00C9\u00CB\u00AE\u00CC\u00D0\u00CE\u00CF\u00D1\u00AA\u00D2\u00D5\u00D3\u00D4\u00D6\u00D7\u00DD\u00D8\u00DC\u00DE\u00DF\u00E3\u00E1\u00E2\u00E4\u00AB\u00E5\u00E8\u00E6\u00E7\u00E9\u00AC\u00EA\u00ED\u00EB\u00EC\u00EE\u00EF\u00F3\u00F1\u00F2\u00F4\u00AD\u00F5\u00F8\u00F6\u00F7\u00F9\u00FA\u00FD\u00FB\u00FC\u00FE\u00A1\u00A2\u00A7\u00A3\u00A4\u00A5\u00A6";
    /** TCVN3 codes that Vietnamese Unicode text never uses (the others are also Latin-1 Vietnamese letters). */
    static final String TCVN3_ONLY = "\u00B5\u00B8\u00B6\u00B7\u00B9\u00A8\u00BB\u00BE\u00BC\u00BD\u00C6\u00A9\u00C7\u00CB\u00AE\u00D0\u00CE\u00CF\u00D1\u00AA\u00D6\u00D7\u00D8\u00DC\u00DE\u00DF\u00E4\u00AB\u00E5\u00E6\u00E7\u00AC\u00EB\u00EE\u00EF\u00F1\u00AD\u00F8\u00F6\u00F7\u00FB\u00FC\u00FE\u00A1\u00A2\u00A7\u00A3\u00A4\u00A5\u00A6";

    static final Map<Character, Character> TO_UNICODE = toUnicode();

    private Tcvn3Table() {
    }

    private static Map<Character, Character> toUnicode() {
        Map<Character, Character> map = new HashMap<>();
        for (int i = 0; i < TCVN3.length(); i++) {
            map.put(TCVN3.charAt(i), UNICODE.charAt(i));
        }
        return Map.copyOf(map);
    }
}
