-- title: REPLICA IDENTITY FULL on a table without a key
-- feature: replica-identity
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table sync_row (k text, v text);
-- rows
insert into sync_row values ('a', '1'), ('b', '2');
-- to
create table sync_row (k text, v text);
alter table sync_row replica identity full;
