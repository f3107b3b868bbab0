-- title: range partition added before MAXVALUE was needed
-- feature: partition-range
-- doc: https://mariadb.com/kb/en/alter-table/#add-partition
-- from
create table access_log (id bigint not null, ts datetime not null, path varchar(200), primary key (id, ts)) partition by range columns (ts) (partition p2023 values less than ('2024-01-01'));
-- rows
insert into access_log values (1, '2023-03-01 12:00:00', '/'), (2, '2023-04-01 12:00:00', '/about');
-- to
create table access_log (id bigint not null, ts datetime not null, path varchar(200), primary key (id, ts)) partition by range columns (ts) (partition p2023 values less than ('2024-01-01'), partition p2024 values less than ('2025-01-01'));
