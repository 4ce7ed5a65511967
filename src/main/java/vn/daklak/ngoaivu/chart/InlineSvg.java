package vn.daklak.ngoaivu.chart;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.svg.SVGUtils;

/**
 * Turns JFreeSVG's {@code <svg>} element into one a page can embed: styles as presentation attributes, the font said
 * once, an accessible name, and a transparent shape over each bar or slice whose {@code <title>} (the browser's
 * tooltip) gives its value.
 */
final class InlineSvg {

    /**
     * The charts are laid out with the bundled font's measures; a browser without it takes the page's next font,
     * which is narrower, so labels stay inside their room. Double quotes: the attribute itself is single-quoted.
     */
    static final String FONT_FAMILY = "\"" + ChartFonts.FAMILY + "\", \"Noto Sans\", \"Segoe UI\", Arial, sans-serif";

    /** What JFreeSVG writes on every {@code <text>}: said once on the {@code <svg>} instead (the text inherits). */
    private static final String FONT = " font-family='" + FONT_FAMILY + "'";
    private static final String OPAQUE_TEXT = " fill-opacity='1.0'" + FONT;

    private static final Pattern STYLE = Pattern.compile(" style='([^']*)'");

    private InlineSvg() {
    }

    /** {@code element}: JFreeSVG's {@code <svg>…</svg>}; {@code label}: the chart's title, plain text. */
    static String of(String element, String label, EntityCollection entities) {
        String svg = RelativePath.ofAll(presentationAttributes(element)).replace(OPAQUE_TEXT, "").replace(FONT, "");
        int start = svg.indexOf("<svg") + "<svg".length();
        int end = svg.lastIndexOf("</svg>");
        return svg.substring(0, start) + " role=\"img\" aria-label=\"" + SVGUtils.escapeForXML(label) + "\"" + FONT
                + svg.substring(start, end) + tooltips(entities) + svg.substring(end);
    }

    /**
     * A Content-Security-Policy without {@code 'unsafe-inline'} styles makes the browser ignore every {@code style}
     * attribute; the same declarations as SVG presentation attributes ({@code fill="…"}) are not styles and stay.
     */
    static String presentationAttributes(String svg) {
        Matcher style = STYLE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (style.find()) {
            style.appendReplacement(out, Matcher.quoteReplacement(attributes(style.group(1))));
        }
        style.appendTail(out);
        return out.toString();
    }

    private static String attributes(String declarations) {
        StringBuilder out = new StringBuilder();
        for (String declaration : declarations.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                out.append(' ').append(declaration.substring(0, colon).trim()).append("='")
                        .append(declaration.substring(colon + 1).trim()).append('\'');
            }
        }
        return out.toString();
    }

    /** Invisible but hit-testable (a fill of opacity 0 still takes the pointer), above everything drawn. */
    private static String tooltips(EntityCollection entities) {
        StringBuilder out = new StringBuilder("<g class=\"chart-tips\" fill=\"#000000\" fill-opacity=\"0\">");
        for (int i = 0; i < entities.getEntityCount(); i++) {
            ChartEntity entity = entities.getEntity(i);
            String tip = entity.getToolTipText();
            if (tip != null && !tip.isBlank()) {
                out.append("<path d=\"").append(path(entity.getArea())).append("\"><title>")
                        .append(SVGUtils.escapeForXML(tip)).append("</title></path>");
            }
        }
        return out.append("</g>").toString();
    }

    private static String path(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(xy(c[0], c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(xy(c[0], c[1]));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> { } // a flattening iterator returns lines only
            }
        }
        return d.toString();
    }

    private static String xy(double x, double y) {
        return number(x) + " " + number(y);
    }

    /** A tenth of a pixel is finer than any screen shows; JFreeSVG's full doubles would triple the markup. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
