-- The attribution facts (issue 15): one row per attribution followed by a signed lease, i.e. per radiation for
-- motive a (R441-2-8 a CCH), whether the lease was recorded through the attribution chain of SNE or the bailleur's
-- own software radiated the demande directly. Written by the attribution module only; read by the flux of the
-- réservataires, the mixité of L441-1 and later the reports. Anonymous by construction (no name, no birth date, no
-- resource amount per person), so it survives the erasure of nominative data one year after radiation
-- (décret 2017-917 art. 4): the erasure only forgets the link to the numéro unique.
create table attribution_fait (
    id                        bigint generated always as identity primary key,
    numero_unique             char(18),                    -- null once the demande is erased
    territoire                char(3)      not null,
    date_bail                 date         not null,       -- the lease signature (the radiation's date)
    annee                     smallint     not null,       -- year of date_bail, for the yearly figures
    guichet                   char(5)      not null,       -- the bailleur's guichet that radiated
    bailleur_siren            char(9),                     -- the bailleur the guichet belongs to, when linked
    identifiant_rpls          varchar(20)  not null,
    code_commune              char(5),                     -- the dwelling's commune, when known
    epci_siren                char(9),                     -- its EPCI (Île-de-France: its own EPCI/EPT)
    qpv                       boolean      not null,       -- the dwelling lies in a quartier prioritaire de la ville
    financement               varchar(10),                 -- PLAI, PLUS, PLS… when known
    reservataire_id           bigint,                      -- the réservataire whose flux the lease charges
    contingent                varchar(30)  not null,       -- R441-2-9: the contingent type
    accord_collectif          varchar(10)  not null,
    prioritaire_dalo          boolean      not null,
    taille_menage             smallint,
    ressources_annuelles_uc   numeric(12, 2),              -- at decision time
    annee_quartile            smallint,                    -- the year of the thresholds applied
    seuil_premier_quartile    integer,                     -- €/UC/year of the EPCI that year
    premier_quartile          boolean,                     -- null when no threshold is published for the EPCI
    au_dessus_plafond         boolean      not null default false,
    motif_plafond             text,
    source                    varchar(12)  not null check (source in ('CHAINE', 'RADIATION')),
    enregistre_le             timestamptz  not null
);
create index attribution_fait_epci_annee_ix on attribution_fait (epci_siren, annee);
create index attribution_fait_reservataire_annee_ix on attribution_fait (reservataire_id, annee);
create unique index attribution_fait_demande_ux on attribution_fait (numero_unique) where numero_unique is not null;
