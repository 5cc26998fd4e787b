-- The professional web application (issue 9): its sessions in PostgreSQL (Spring Session JDBC) so that any
-- instance serves any agent, and the agents' e-mail addresses (how an external identity provider such as
-- ProConnect names them).

-- Spring Session JDBC's own tables, under the names and with the columns its JdbcIndexedSessionRepository uses.
create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  int          not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)      not null,
    attribute_name      varchar(200)  not null,
    attribute_bytes     bytea         not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

comment on table spring_session is 'Web sessions of the professional application (Spring Session JDBC); expired rows are deleted by the application';

alter table compte_agent add column courriel varchar(254);
create unique index compte_agent_courriel_idx on compte_agent (lower(courriel)) where courriel is not null;
comment on column compte_agent.courriel is 'Professional e-mail address; the key by which an external OIDC provider (ProConnect) names the agent';

-- The home page's counts: demandes a guichet registered since a moment, demandes of a territory to renew
create index demande_guichet_enregistree_ix on demande (guichet_enregistreur, enregistree_le);
create index demande_territoire_fin_validite_ix on demande (territoire, date_fin_validite) where statut = 'ACTIVE';
