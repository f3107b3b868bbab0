-- title: table partitioned by KEY, then partitioning removed
-- feature: partition-key
-- doc: https://mariadb.com/kb/en/key-partitioning-type/
-- from
create table session_store (id varchar(64) not null primary key, data blob) partition by key (id) partitions 3;
-- rows
insert into session_store values ('s1', null), ('s2', null);
-- to
create table session_store (id varchar(64) not null primary key, data blob);
