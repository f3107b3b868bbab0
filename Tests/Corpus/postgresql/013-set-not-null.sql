-- title: nullable column becomes not null
-- feature: nullability
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table employee (id serial primary key, last_name text);
-- rows
insert into employee (last_name) values ('Hopper'), ('Lovelace');
-- to
create table employee (id serial primary key, last_name text not null);
