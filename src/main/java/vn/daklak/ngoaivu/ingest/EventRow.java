package vn.daklak.ngoaivu.ingest;

import java.time.LocalDate;
import vn.daklak.ngoaivu.normalize.EventType;
import vn.daklak.ngoaivu.normalize.PartialDate;

/** A normalised row of the {@code Hoạt động} sheet; country is ISO alpha-2 (VN when empty). */
record EventRow(int rowNo, String taskCode, String name, EventType type, PartialDate start, LocalDate end,
                String location, String country, String partnerCode, String partnerText, Integer participants,
                Integer foreignGuests, String ocopProducts, String heritage, String notes) {
}
