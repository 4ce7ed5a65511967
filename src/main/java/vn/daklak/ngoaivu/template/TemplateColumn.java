package vn.daklak.ngoaivu.template;

/** One column of a table sheet of the template: header as written, width in characters, what it holds. */
record TemplateColumn(String header, int width, ColumnKind kind) {
}
