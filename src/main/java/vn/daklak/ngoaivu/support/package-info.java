/**
 * Small helpers shared by several features: file hashing, formula-safe spreadsheet text, Vietnamese number writing
 * ({@link vn.daklak.ngoaivu.support.VietnameseNumbers}) and the one time zone of what people read
 * ({@link vn.daklak.ngoaivu.support.VietnamTime}). Plain Java; nothing here knows about the domain.
 */
package vn.daklak.ngoaivu.support;
