-- title: add point and box columns
-- feature: geometric-types
-- doc: https://www.postgresql.org/docs/15/datatype-geometric.html
-- from
create table store (id serial primary key, name text not null);
-- rows
insert into store (name) values ('Downtown'), ('Airport');
-- to
create table store (id serial primary key, name text not null, location point, delivery_area box, coverage circle);
