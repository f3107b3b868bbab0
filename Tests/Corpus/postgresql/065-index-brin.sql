-- title: BRIN index with pages_per_range on an append-only timestamp
-- feature: index-method
-- doc: https://www.postgresql.org/docs/15/brin-intro.html
-- from
create table metric_sample (id bigserial primary key, recorded_at timestamptz not null, value double precision);
-- rows
insert into metric_sample (recorded_at, value) values ('2024-01-01', 1.0), ('2024-01-02', 2.0);
-- to
create table metric_sample (id bigserial primary key, recorded_at timestamptz not null, value double precision);
create index metric_sample_recorded_at_brin on metric_sample using brin (recorded_at) with (pages_per_range = 32);
