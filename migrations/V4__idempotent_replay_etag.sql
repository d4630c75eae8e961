-- A replayed POST answers with the original ETag too, not only its status, Location and body.
ALTER TABLE idempotency_key ADD COLUMN etag text;
