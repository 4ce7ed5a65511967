/**
 * The database schema's life: Flyway's migrations, taken by one process at a time
 * ({@link vn.daklak.ngoaivu.schema.SerialMigration}).
 */
package vn.daklak.ngoaivu.schema;
