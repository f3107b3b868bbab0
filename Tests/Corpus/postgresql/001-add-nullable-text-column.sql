-- title: add a nullable text column
-- feature: add-column
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table customer (id serial primary key, name text not null);
-- rows
insert into customer (name) values ('Ada'), ('Grace');
-- to
create table customer (id serial primary key, name text not null, nickname text);
