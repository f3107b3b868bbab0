-- title: add a stored generated column
-- feature: generated-stored
-- doc: https://www.postgresql.org/docs/15/ddl-generated-columns.html
-- from
create table rectangle (id serial primary key, width numeric not null, height numeric not null);
-- rows
insert into rectangle (width, height) values (2, 3), (4.5, 1);
-- to
create table rectangle (id serial primary key, width numeric not null, height numeric not null, area numeric generated always as (width * height) stored);
