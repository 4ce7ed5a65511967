package vn.daklak.ngoaivu.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A written .docx opened again with POI, with the look-ups the layout and content tests share. */
final class DocxReadBack {

    final XWPFDocument document;

    DocxReadBack(byte[] bytes) {
        try {
            document = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every paragraph of the body and of its tables, in reading order. */
    List<XWPFParagraph> allParagraphs() {
        List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    paragraphs.addAll(cell.getParagraphs());
                }
            }
        }
        return paragraphs;
    }

    List<XWPFRun> allRuns() {
        return allParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
    }

    /** The body paragraphs outside tables whose text is not empty. */
    List<String> bodyTexts() {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    String bodyText() {
        return String.join("\n", bodyTexts());
    }

    XWPFTableCell cell(int table, int row, int column) {
        return document.getTables().get(table).getRow(row).getCell(column);
    }

    /** The first run whose paragraph text equals the given text exactly. */
    XWPFRun runOf(String paragraphText) {
        return paragraph(paragraphText).map(p -> p.getRuns().get(0))
                .orElseThrow(() -> new AssertionError("Không có đoạn văn: " + paragraphText));
    }

    Optional<XWPFParagraph> paragraph(String text) {
        return allParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst();
    }
}
