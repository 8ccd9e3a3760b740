-- A client's own key for an upload (the API's Idempotency-Key header): a retry after a lost
-- answer (a server killed mid-request, a dropped connection) finds the stored submission instead
-- of storing it twice. NULL for browser uploads; unique per account.
ALTER TABLE submissions ADD COLUMN client_key VARCHAR(64);
CREATE UNIQUE INDEX submissions_client_key ON submissions (account_id, client_key);
