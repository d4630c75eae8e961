package org.claimledger.common.idempotency;

/**
 * What the first request with an idempotency key was answered, kept so that a retry gets the same
 * answer: its status, Location and ETag, and its body (an object to write as JSON, or JSON already).
 */
public record StoredAnswer(int status, String location, String etag, Object body) {
}
