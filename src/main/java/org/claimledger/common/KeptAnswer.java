package org.claimledger.common;

/**
 * An answer a feature keeps and serves again as the same immutable instance (a cached comparison):
 * its JSON is written once per instance and the bytes sent again.
 */
public interface KeptAnswer {
}
