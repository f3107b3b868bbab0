-- title: generated column becomes a plain column (DROP EXPRESSION)
-- feature: generated-stored
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table temperature (id serial primary key, celsius numeric(5,2) not null, fahrenheit numeric(6,2) generated always as (celsius * 9 / 5 + 32) stored);
-- rows
insert into temperature (celsius) values (0), (37.5);
-- to
create table temperature (id serial primary key, celsius numeric(5,2) not null, fahrenheit numeric(6,2));
