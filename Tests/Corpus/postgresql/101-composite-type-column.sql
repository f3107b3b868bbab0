-- title: composite type used as a column type
-- feature: composite-type
-- doc: https://www.postgresql.org/docs/15/sql-createtype.html
-- from
create table warehouse_site (id serial primary key, name text not null);
-- rows
insert into warehouse_site (name) values ('North');
-- to
create type postal_address as (street text, city text, zip varchar(10));
create table warehouse_site (id serial primary key, name text not null, address postal_address);
