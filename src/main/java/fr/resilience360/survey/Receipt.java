package fr.resilience360.survey;

/** A response stored under a client's idempotency key: its id, and whether this submission created it. */
record Receipt(long id, boolean created) {}
