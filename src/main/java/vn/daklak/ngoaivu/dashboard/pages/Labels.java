package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/** The message bundles for what controllers write themselves (exported tables' headers), and the export answer. */
@ServletOnly
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The table as a CSV or XLSX download; an unknown format is a bad request. */
    ResponseEntity<byte[]> export(ExportTable table, String format) {
        TableExport.Format chosen = TableExport.Format.parse(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "format=csv|xlsx"));
        return TableExport.response(table, chosen);
    }

    /** A period's table as a download named after it, e.g. {@code su-kien-2024-YEAR.xlsx}. */
    ResponseEntity<byte[]> export(String name, Selection selection, List<String> headers, List<List<String>> rows,
                                  String format) {
        return export(new ExportTable(name + "-" + selection.year() + "-" + selection.period(), headers, rows), format);
    }

    /** An exported table's header row, from the bundles in the reader's language. */
    List<String> headers(Locale locale, String... keys) {
        return Stream.of(keys).map(k -> get(k, locale)).toList();
    }
}
