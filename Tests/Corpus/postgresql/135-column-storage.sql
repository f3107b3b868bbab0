-- title: column storage set to EXTERNAL
-- feature: column-storage
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table blob_store (id serial primary key, data text);
-- rows
insert into blob_store (data) values ('abc'), ('def');
-- to
create table blob_store (id serial primary key, data text);
alter table blob_store alter column data set storage external;
