package vn.daklak.ngoaivu.normalize;

import java.util.List;

/**
 * The result of looking an agency up: the agency, or none with the closest known agencies to suggest, or an
 * ambiguity (several agencies fit, e.g. "SNV") with the candidates.
 */
public record AgencyMatch(AgencyRef agency, boolean ambiguous, List<AgencyRef> suggestions) {

    public boolean found() {
        return agency != null;
    }
}
