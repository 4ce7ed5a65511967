package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PptxPictureSizeTest {

    /** The size and checksum given to POI are those POI finds itself by decoding the image. */
    @Test
    void sameSizeAndChecksumAsPoiDecodingTheImage(@TempDir Path folder) throws IOException {
        byte[] drawn = png(Color.BLUE);
        byte[] other = png(Color.RED);
        Path file = Files.write(folder.resolve("chart.png"), drawn);
        try (XMLSlideShow show = new XMLSlideShow(); XMLSlideShow plain = new XMLSlideShow()) {
            XSLFPictureData told = show.addPicture(drawn, PictureData.PictureType.PNG);
            PptxPictureSize.tell(told, drawn, ChartImage.of("Biểu đồ", file));
            XSLFPictureData decoded = show.addPicture(other, PictureData.PictureType.PNG);

            assertThat(told.getImageDimension()).isEqualTo(decoded.getImageDimension());
            assertThat(told.getImageDimension().getWidth()).isEqualTo(1200);
            assertThat(told.getChecksum())
                    .isEqualTo(plain.addPicture(drawn, PictureData.PictureType.PNG).getChecksum());
        }
    }

    private static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(10, 10, 100, 100);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
