package vn.daklak.ngoaivu.samples;

import vn.daklak.ngoaivu.normalize.TaskStatus;

/** One row of the Nhiệm vụ sheet; {@code percent} is null when the agency leaves it blank. */
public record TaskReport(String code, String content, TaskStatus status, Integer percent, String results, String issues,
                  String proposals) {
}
