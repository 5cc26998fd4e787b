-- The sessions that examined a dwelling, found by the dwelling: the primary key (commission_id, logement_id) serves
-- a session's dwellings, not a dwelling's sessions. Without this index, every deleted dwelling made PostgreSQL scan
-- the whole table to check the foreign key (the decision bench's clean-up of 1,500 dwellings took six minutes on the
-- national dataset's 811,233 rows).
create index commission_logement_logement_ix on commission_logement (logement_id);
