-- ADR 0027, amended: a message of the queue of personal codes is taken by a sender for a while (a lease) in a short
-- transaction of its own, then sent outside any transaction and marked sent in another. Sending no longer holds a
-- transaction open across the mail server's answers, which held back the movement feed's horizon (the oldest
-- transaction still running) for every reader of the feed. A sender that stops before marking leaves the lease to
-- run out: the message goes again (at least once).
alter table envoi_code_personnel add column reserve_jusqu_au timestamptz;

comment on column envoi_code_personnel.reserve_jusqu_au is
    'Taken by a sender until then (ADR 0027): other senders skip it; after it, the message may be taken again';
