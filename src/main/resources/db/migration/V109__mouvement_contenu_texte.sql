-- The movement documents are written once and then only read whole, as text (the feed, the exports, the histories):
-- kept as the text written (json) rather than decomposed (jsonb), so that reading one is a copy of its bytes, not a
-- rebuild of its text, which cost a third of the feed's database time (ADR 0020). The few statements that look
-- inside a document (the erasure's rewrite, an event's code) work on json as they did on jsonb.
alter table mouvement alter column contenu type json using cast(cast(contenu as text) as json);
