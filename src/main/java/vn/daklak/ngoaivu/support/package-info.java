/** Small helpers shared by several features (file hashing). Nothing here knows about the domain. */
package vn.daklak.ngoaivu.support;
