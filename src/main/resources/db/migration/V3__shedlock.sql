-- Scheduled jobs take a lock here so that, with several instances, each run happens on one of them only.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
