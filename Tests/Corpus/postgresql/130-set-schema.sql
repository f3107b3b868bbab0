-- title: table moved from public to another schema
-- feature: rename-set-schema
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create schema archive;
create table old_order (id int primary key, total numeric(10,2));
-- rows
insert into old_order values (1, 9.99);
-- to
create schema archive;
create table archive.old_order (id int primary key, total numeric(10,2));
