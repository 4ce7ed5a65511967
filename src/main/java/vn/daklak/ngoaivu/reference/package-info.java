/**
 * Master data: agencies, partner localities abroad, plan groups and each year's plan appendix, kept by the operator as
 * CSV files in {@code input/reference/} and {@code input/plans/}. {@link vn.daklak.ngoaivu.reference.ReferenceService}
 * reloads a file into the database when its content changed and refuses a malformed one with file, line and column;
 * {@link vn.daklak.ngoaivu.reference.ReferenceFiles} reads them without a database (dry runs, templates).
 */
package vn.daklak.ngoaivu.reference;
