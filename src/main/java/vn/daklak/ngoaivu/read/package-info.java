/**
 * Reading submitted workbooks row by row: .xlsx streamed with fastexcel-reader, legacy .xls through POI HSSF, the
 * format told by the file's bytes, hostile files (zip bombs, encrypted, corrupt) refused with a Vietnamese message.
 */
package vn.daklak.ngoaivu.read;
