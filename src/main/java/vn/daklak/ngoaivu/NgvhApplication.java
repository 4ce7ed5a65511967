package vn.daklak.ngoaivu;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: see {@code cli} for the commands. */
@SpringBootApplication
public class NgvhApplication {

    public static void main(String[] args) {
        // replaced by the command-line dispatcher
    }
}
