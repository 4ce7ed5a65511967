package vn.daklak.ngoaivu.format;

import java.util.List;

/** One column of a table sheet: its canonical Vietnamese header, accepted aliases, whether required, whether money. */
public record ColumnSpec(Field field, String header, List<String> aliases, boolean required, boolean money) {
}
