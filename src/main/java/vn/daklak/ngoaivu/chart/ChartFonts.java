package vn.daklak.ngoaivu.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans fonts (free licence, full Vietnamese coverage), registered with AWT once per JVM so charts
 * never fall back to a system font that lacks Vietnamese letters (and draws empty boxes).
 */
public final class ChartFonts {

    /** Family name of the bundled font, as AWT knows it once registered. */
    public static final String FAMILY = "DejaVu Sans";

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static Font regular;
    private static Font bold;

    private ChartFonts() {
    }

    /** Loads and registers the bundled fonts; later calls do nothing. */
    public static synchronized void register() {
        if (regular != null) {
            return;
        }
        System.setProperty("java.awt.headless", "true");
        Font loadedRegular = load(REGULAR);
        Font loadedBold = load(BOLD);
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        environment.registerFont(loadedRegular);
        environment.registerFont(loadedBold);
        regular = loadedRegular;
        bold = loadedBold;
    }

    /** The bundled regular face at {@code size} points. */
    public static Font regular(float size) {
        register();
        return regular.deriveFont(Font.PLAIN, size);
    }

    /** The bundled bold face at {@code size} points. */
    public static Font bold(float size) {
        register();
        return bold.deriveFont(Font.BOLD, size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu phông chữ " + resource + " trong gói ứng dụng");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được phông chữ " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Phông chữ " + resource + " bị hỏng", e);
        }
    }
}
