package vn.daklak.ngoaivu.cli;

import java.io.File;
import java.io.IOException;
import org.apache.poi.util.TempFile;

/** Run in a fresh JVM by {@link PoiScratchFolderTest}: a command, then POI's first scratch file; prints its folder. */
final class PoiScratchProbe {

    private PoiScratchProbe() {
    }

    public static void main(String[] args) throws IOException {
        int code = Launcher.run(args);
        File scratch = TempFile.createTempFile("probe", ".xml");
        System.out.println("exit=" + code + " scratch=" + scratch.getParent());
        scratch.delete();
    }
}
