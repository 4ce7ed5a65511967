package vn.daklak.ngoaivu.format;

import java.util.List;

/** One sheet of the submission workbook: canonical name, name aliases and (for table sheets) its columns. */
public record SheetSpec(SheetKind kind, String canonicalName, List<String> aliases, List<ColumnSpec> columns) {
}
