package vn.daklak.ngoaivu.schedule;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the schedules ({@code ngvh.schedule.*}).
 *
 * @param folder where the schedule files are ({@code *.properties}); relative to the folder serve runs from
 * @param input  the input folder a scheduled run reads ({@code serve --input DIR})
 * @param output the output folder a scheduled run writes ({@code serve --output DIR})
 */
@ConfigurationProperties("ngvh.schedule")
public record ScheduleProperties(
        @DefaultValue("jobs") Path folder,
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output) {

    /** The settings serve passes on from its command line, so scheduled runs use the same folders as "run now". */
    public static String[] arguments(Path input, Path output) {
        return new String[] {"--ngvh.schedule.input=" + input, "--ngvh.schedule.output=" + output};
    }
}
