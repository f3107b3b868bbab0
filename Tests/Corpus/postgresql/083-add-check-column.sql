-- title: column check constraint added
-- feature: check
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table item (id serial primary key, price numeric(10,2) not null);
-- rows
insert into item (price) values (1.00), (0);
-- to
create table item (id serial primary key, price numeric(10,2) not null check (price >= 0));
