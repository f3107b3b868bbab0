-- title: numeric(10,2) becomes numeric(14,4)
-- feature: numeric-precision
-- doc: https://www.postgresql.org/docs/15/datatype-numeric.html
-- from
create table price (id serial primary key, amount numeric(10,2) not null);
-- rows
insert into price (amount) values (19.99), (12345678.90);
-- to
create table price (id serial primary key, amount numeric(14,4) not null);
