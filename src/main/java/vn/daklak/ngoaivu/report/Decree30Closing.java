package vn.daklak.ngoaivu.report;

import java.util.List;
import java.util.Objects;

/**
 * The footer table of an administrative document: recipients on the left, the signature block on the right.
 *
 * @param recipients recipient lines without the leading "- " and the trailing ";" (the last usually "Lưu: VT, …")
 * @param authority  the signing authority ("KT. GIÁM ĐỐC")
 * @param title      the signer's title ("PHÓ GIÁM ĐỐC"), may be blank
 * @param name       the signer's name, may be blank in a draft
 */
public record Decree30Closing(List<String> recipients, String authority, String title, String name) {

    public Decree30Closing {
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(authority, "authority");
        title = title == null ? "" : title;
        name = name == null ? "" : name;
    }

    public static Decree30Closing of(ReportProperties properties) {
        return new Decree30Closing(properties.recipients(), properties.signerAuthority(), properties.signerTitle(),
                properties.signerName());
    }

    /** The same signature block with other recipients (a letter goes to the agencies it addresses). */
    public Decree30Closing withRecipients(List<String> otherRecipients) {
        return new Decree30Closing(otherRecipients, authority, title, name);
    }
}
