-- Issue 18 §3 (the public portal, helper C "suivi", ADR 0029): the messages an applicant receives when an event of
-- the gestion partagée that he sees happens on his demande, by e-mail or SMS as he consented on the Cerfa. Written
-- by the portal module only (fr.sne.portail).
--
-- One row per movement and channel: a movement may carry two events the applicant sees (a creation is also the
-- validation), they make one message; the unique key is what makes a message never sent twice for one event,
-- whoever reads the movements again. The address is kept masked: the message is sent to the demande's address as
-- it stands when sent (read again then), the row only says where it went.
create table notification_demandeur (
    id              bigint generated always as identity primary key,
    numero_unique   char(18)     not null,
    mouvement       bigint       not null,
    canal           varchar(10)  not null check (canal in ('COURRIEL', 'SMS')),
    evenements      text         not null,
    date_evenement  date         not null,
    adresse_masquee varchar(100) not null,
    statut          varchar(12)  not null default 'A_ENVOYER'
        check (statut in ('A_ENVOYER', 'EN_COURS', 'ENVOYEE', 'ECHEC', 'ABANDONNEE')),
    tentatives      smallint     not null default 0,
    prochain_essai  timestamptz  not null default now(),
    creee_le        timestamptz  not null default now(),
    envoyee_le      timestamptz,
    erreur          varchar(300),
    unique (mouvement, canal)
);
create index notification_demandeur_numero_ix on notification_demandeur (numero_unique, creee_le desc);
create index notification_demandeur_a_envoyer_ix on notification_demandeur (prochain_essai)
    where statut = 'A_ENVOYER';

comment on table notification_demandeur is 'Messages sent to applicants on the events of the gestion partagée they see (issue 18, ADR 0029): one per movement and channel, never twice';
comment on column notification_demandeur.evenements is 'The names of the events the movement carries, as the applicant reads them';
comment on column notification_demandeur.statut is 'A_ENVOYER, EN_COURS (claimed by one sender), ENVOYEE, ECHEC (given up after the retries), ABANDONNEE (consent or address gone when sent)';

-- Where the portal's reading of the movements stands: the position of the feed (transaction, id) it has notified
-- up to, one row. The first reading starts from the moment this migration ran: the registry's past is not notified.
create table notification_curseur (
    id          smallint    primary key check (id = 1),
    transaction bigint      not null,
    mouvement   bigint      not null,
    depuis      timestamptz not null,
    lu_le       timestamptz
);
insert into notification_curseur (id, transaction, mouvement, depuis) values (1, 0, 0, now());

comment on table notification_curseur is 'The position in the movements up to which applicants were notified (ADR 0029)';

-- The SMS stand-in of the local run and the tests (sne.portail.sms.fournisseur = local): the messages a provider
-- would have sent, kept here instead of leaving the machine.
create table sms_sortant (
    id        bigint generated always as identity primary key,
    telephone varchar(20)  not null,
    texte     varchar(640) not null,
    cree_le   timestamptz  not null default now()
);

comment on table sms_sortant is 'The local SMS stand-in''s outbox: what a provider would have sent (no network), ADR 0029';
