-- title: table storage parameter fillfactor set
-- feature: table-storage-params
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table hot_counter (id int primary key, n bigint not null default 0);
-- rows
insert into hot_counter values (1, 0), (2, 5);
-- to
create table hot_counter (id int primary key, n bigint not null default 0) with (fillfactor = 70);
