-- title: partial index with WHERE predicate
-- feature: index-partial
-- doc: https://www.postgresql.org/docs/15/indexes-partial.html
-- from
create table job_run (id serial primary key, state text not null, queued_at timestamptz not null default now());
-- rows
insert into job_run (state) values ('queued'), ('done');
-- to
create table job_run (id serial primary key, state text not null, queued_at timestamptz not null default now());
create index job_run_pending_idx on job_run (queued_at) where state = 'queued';
