-- Issue 18 §1 (ADR 0027): the personal code of a demande, which attaches it to an applicant's portal account with
-- its numéro unique. Created at every registration (every channel) by the portail module, in the registration's
-- transaction; a new one (the next generation) when the applicant says he forgot it. The code itself is derived
-- from a secret key, the numéro and the generation (printed on the attestation at any time); only a keyed hash of
-- it is stored. Written by the portail module only.
create table code_personnel (
    numero_unique  char(18)     primary key,
    generation     integer      not null,
    empreinte      char(64)     not null,
    cree_le        timestamptz  not null,
    cree_par_type  varchar(30)  not null,
    cree_par       varchar(100) not null,
    constraint code_personnel_generation_ck check (generation >= 0)
);

comment on table code_personnel is 'The personal code of each demande (ADR 0027): only its keyed hash (HMAC-SHA256), never the code';
comment on column code_personnel.generation is '0 at registration; +1 each time a new code is sent (the former one no longer attaches)';
comment on column code_personnel.cree_par is 'Who created this generation: the registering actor, or the account that asked for a new code';
