package vn.daklak.ngoaivu.report;

import java.awt.Dimension;
import java.lang.reflect.Field;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFPictureData;

/**
 * Gives POI a slide picture's size, which it would otherwise learn by decoding the whole PNG with ImageIO (placing a
 * picture on a slide sizes it, and adding a picture compares it with every earlier one, sizing them too): for the
 * deck's 1600×900 charts that decoding was half of the deck's time. POI 5.5 has no setter for it, so this sets the two
 * private fields its lazy sizing fills in, to exactly what POI would compute (points at 96 dpi, its checksum). Should
 * another POI version not have those fields, nothing is set and POI decodes the image as it did before.
 */
final class PptxPictureSize {

    private static final Field SIZE = field("origSize");
    private static final Field CHECKSUM = field("checksum");

    private PptxPictureSize() {
    }

    static void tell(XSLFPictureData picture, byte[] png, ChartImage chart) {
        if (SIZE == null || CHECKSUM == null) {
            return;
        }
        try {
            SIZE.set(picture, new Dimension((int) Units.pixelToPoints(chart.width()),
                    (int) Units.pixelToPoints(chart.height())));
            CHECKSUM.set(picture, IOUtils.calculateChecksum(png));
        } catch (IllegalAccessException | IllegalArgumentException e) {
            // POI sizes the picture itself
        }
    }

    private static Field field(String name) {
        try {
            Field field = XSLFPictureData.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
