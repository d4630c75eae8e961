package org.claimledger.common;

/** A write (POST, PUT, PATCH, DELETE) handled by this instance, fired just before its answer is sent. */
public record WriteAnswered(String method, String path) {
}
