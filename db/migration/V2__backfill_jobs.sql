-- Historical backfill jobs from an Ethereum node. A job reads one snapshot per timestamp
-- from_time, from_time + step, ... up to to_time; next_time is the first timestamp not yet
-- read, so a job left RUNNING by a stopped service resumes there on the next start.

create table backfill_job (
    id               bigint generated always as identity primary key,
    status           varchar(16)   not null check (status in ('RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED')),
    from_time        timestamptz   not null,
    to_time          timestamptz   not null,
    step_seconds     bigint        not null check (step_seconds > 0),
    -- comma-separated configured symbols; null for every configured LSD
    symbols          varchar(4000),
    next_time        timestamptz   not null,
    done             integer       not null default 0 check (done >= 0),
    total            integer       not null check (total > 0 and done <= total),
    errors           integer       not null default 0 check (errors >= 0),
    last_error       varchar(1000),
    last_block       bigint check (last_block >= 0),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    -- the current run (since the job started or last resumed), for the rate
    run_started_at   timestamptz,
    run_started_done integer       not null default 0,
    finished_at      timestamptz,
    check (to_time >= from_time)
);

create index backfill_job_running on backfill_job (id) where status = 'RUNNING';
