/**
 * Plain-Java normalisation of the values agencies type into their report workbooks: Vietnamese text keys, code lists,
 * dates, money, percents, counts, countries, agencies and partners, and legacy TCVN3/VNI text. No Spring, no I/O: every
 * reader returns a {@link vn.daklak.ngoaivu.normalize.Parsed} whose error is a Vietnamese sentence saying what to write.
 */
package vn.daklak.ngoaivu.normalize;
