-- Issue 18 §1 (ADR 0027): the messages that carry a demande's numéro and personal code to its applicant, queued in
-- the transaction that decides them and sent afterwards (at least once): the e-mail of a registration when the
-- demande has an address; a new code asked for on the portal, by e-mail to the demande's own address or, without
-- one, by post (a letter in the day's batch of letters to print, in the store). The code is never stored: the
-- sender derives the current one. Written by the portail module only.
create table envoi_code_personnel (
    id             bigint       generated always as identity primary key,
    numero_unique  char(18)     not null,
    motif          varchar(12)  not null,
    canal          varchar(8)   not null,
    demande_le     timestamptz  not null,
    envoye_le      timestamptz,
    lot_courrier   varchar(200),
    constraint envoi_code_personnel_motif_connu check (motif in ('INSCRIPTION', 'RENVOI')),
    constraint envoi_code_personnel_canal_connu check (canal in ('COURRIEL', 'COURRIER'))
);
create index envoi_code_personnel_a_envoyer_ix on envoi_code_personnel (demande_le) where envoye_le is null;
create index envoi_code_personnel_numero_ix on envoi_code_personnel (numero_unique, demande_le);

comment on table envoi_code_personnel is 'Messages carrying a demande''s numéro and personal code to its own e-mail or postal address (ADR 0027)';
comment on column envoi_code_personnel.lot_courrier is 'COURRIER: the store''s key of the batch of letters it was printed in';
