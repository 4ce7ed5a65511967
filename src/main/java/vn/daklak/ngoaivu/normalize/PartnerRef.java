package vn.daklak.ngoaivu.normalize;

import java.util.List;

/** One partner locality abroad, from partners.csv. */
public record PartnerRef(String code, String nameVi, String nameEn, String country, List<String> aliases) {
}
