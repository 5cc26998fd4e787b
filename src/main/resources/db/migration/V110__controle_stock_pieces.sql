-- The nightly check of the pieces' store (issue 17 §4): objects under pieces/ without a piece that keeps them, and
-- pieces kept whose object is missing, counted each night with a few keys as examples (keys reveal no personal data:
-- pieces/<uuid>). Written by the pieces module only; kept 90 days.
create table controle_stock_pieces (
    id                       bigint generated always as identity primary key,
    fait_le                  timestamptz not null,
    objets                   bigint not null check (objets >= 0),
    pieces                   bigint not null check (pieces >= 0),
    objets_sans_piece        bigint not null check (objets_sans_piece >= 0),
    pieces_sans_objet        bigint not null check (pieces_sans_objet >= 0),
    exemples_objets          text[] not null,
    exemples_pieces          text[] not null
);
create index controle_stock_pieces_fait_le_ix on controle_stock_pieces (fait_le);
comment on table controle_stock_pieces is 'Nightly reports of the pieces'' store: objects without metadata, metadata without object (issue 17 §4)';
