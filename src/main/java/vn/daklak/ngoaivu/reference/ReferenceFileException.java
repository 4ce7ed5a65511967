package vn.daklak.ngoaivu.reference;

/** A reference or plan file the run cannot trust: the message names file, line and column, in Vietnamese. */
public class ReferenceFileException extends RuntimeException {

    public ReferenceFileException(String file, long line, String column, String problem) {
        super("Tệp danh mục " + file + (line > 0 ? ", dòng " + line : "") + (column != null ? ", cột " + column : "")
                + ": " + problem + " Hãy sửa tệp này rồi chạy lại.");
    }
}
