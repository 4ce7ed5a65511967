/**
 * Realistic sample submissions for 2024 (the shipped {@code input/inbox/}) and the summary figures they must produce.
 * Everything is generated from a fixed seed so the files, the model and the expected figures always agree.
 */
package vn.daklak.ngoaivu.samples;
