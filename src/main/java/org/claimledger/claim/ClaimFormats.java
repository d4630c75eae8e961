package org.claimledger.claim;

import org.claimledger.common.Download;

/**
 * The claim list as files: CSV and JSON-LD (schema.org Claim). The formats are written by the export
 * code of imports and exports, which depends on claims; the claim list reaches it through this.
 */
public interface ClaimFormats {
    String JSON_LD = "application/ld+json";

    Download csv(ClaimFilter filter, String cursor, Integer limit);

    /** {@code base} is the public URL the JSON-LD ids start with. */
    Download jsonLd(ClaimFilter filter, String cursor, Integer limit, String base);
}
