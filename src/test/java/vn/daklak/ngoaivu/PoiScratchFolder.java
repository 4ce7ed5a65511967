package vn.daklak.ngoaivu;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.daklak.ngoaivu.read.PoiLimits;

/**
 * Before any test runs, POI's limits and per-user scratch folder are set as every command sets them
 * ({@link PoiLimits#apply()}): a test writing a workbook before anything else touched POI would otherwise use the
 * shared {@code poifiles} folder of the system temp folder, which another user may own.
 */
public final class PoiScratchFolder implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        PoiLimits.apply();
    }
}
