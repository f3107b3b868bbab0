-- title: partial index with a WHERE clause
-- feature: index-partial
-- doc: https://www.sqlite.org/partialindex.html
-- from
create table job_run (id integer primary key, state text not null, queued_at text not null);
-- rows
insert into job_run (state, queued_at) values ('queued', '2024-01-01'), ('done', '2024-01-02');
-- to
create table job_run (id integer primary key, state text not null, queued_at text not null);
create index job_run_pending_idx on job_run (queued_at) where state = 'queued';
