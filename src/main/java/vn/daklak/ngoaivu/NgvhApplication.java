package vn.daklak.ngoaivu;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.daklak.ngoaivu.cli.Launcher;

/**
 * The reporting pipeline of the Cultural Diplomacy Plan (Kế hoạch Ngoại giao văn hóa): ingest agencies' workbooks,
 * consolidate each period's reports. The command line is described in {@link Launcher}.
 */
@SpringBootApplication
public class NgvhApplication {

    public static void main(String[] args) {
        System.exit(Launcher.run(args));
    }
}
