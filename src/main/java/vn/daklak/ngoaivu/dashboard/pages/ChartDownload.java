package vn.daklak.ngoaivu.dashboard.pages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/** A page's chart as the report's 1600×900 PNG, for slides; only a chart the period has, by its slug. */
@ServletOnly
@Controller
class ChartDownload {

    private final FiguresCache figures;
    private final ChartCache charts;

    ChartDownload(FiguresCache figures, ChartCache charts) {
        this.figures = figures;
        this.charts = charts;
    }

    @GetMapping("/charts/{name}.png")
    ResponseEntity<byte[]> png(@ModelAttribute("selection") Selection selection, @PathVariable String name) {
        byte[] png = charts.png(figures.load(selection.year(), selection.period()), name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String file = name + "-" + selection.year() + "-" + selection.period() + ".png";
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(png);
    }
}
