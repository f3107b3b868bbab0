-- title: index added on a partitioned table (cascades to partitions)
-- feature: partition-range
-- doc: https://www.postgresql.org/docs/15/ddl-partitioning.html
-- from
create table access_log (ts timestamptz not null, path text not null) partition by range (ts);
create table access_log_2024 partition of access_log for values from ('2024-01-01') to ('2025-01-01');
-- rows
insert into access_log values ('2024-03-01 12:00+00', '/'), ('2024-04-01 12:00+00', '/about');
-- to
create table access_log (ts timestamptz not null, path text not null) partition by range (ts);
create table access_log_2024 partition of access_log for values from ('2024-01-01') to ('2025-01-01');
create index access_log_path_idx on access_log (path);
