package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Charts in a Decree 30 document: PNGs at their natural size (96 dpi), shrunk to the text width when wider. */
final class Decree30DocxImages {

    private static final int SCREEN_DPI = 96;

    private Decree30DocxImages() {
    }

    static void centredPicture(XWPFParagraph paragraph, ChartImage chart) {
        Path png = chart.png();
        Decree30Style.compactCentred(paragraph);
        paragraph.setSpacingBefore(Decree30Style.SPACING_AFTER);
        double widthPoints = chart.width() * 72.0 / SCREEN_DPI;
        double heightPoints = chart.height() * 72.0 / SCREEN_DPI;
        double maxWidthPoints = Decree30Style.TEXT_WIDTH / 20.0;
        double scale = Math.min(1.0, maxWidthPoints / widthPoints);
        try (InputStream in = Files.newInputStream(png)) {
            XWPFRun run = paragraph.createRun();
            Decree30Style.font(run, Decree30Style.BODY_SIZE);
            run.addPicture(in, PictureType.PNG, png.getFileName().toString(),
                    Units.toEMU(widthPoints * scale), Units.toEMU(heightPoints * scale));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được biểu đồ " + png, e);
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException("Biểu đồ " + png + " không phải tệp PNG hợp lệ", e);
        }
    }
}
