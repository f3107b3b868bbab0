-- title: composite type gains an attribute
-- feature: composite-type
-- doc: https://www.postgresql.org/docs/15/sql-altertype.html
-- from
create type money_amount as (amount numeric(12,2), currency char(3));
create table quote (id serial primary key, price money_amount);
-- rows
insert into quote (price) values (row(10.00, 'EUR')), (null);
-- to
create type money_amount as (amount numeric(12,2), currency char(3), fx_date date);
create table quote (id serial primary key, price money_amount);
