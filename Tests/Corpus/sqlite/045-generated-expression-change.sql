-- title: generated column expression changed
-- feature: generated-virtual
-- doc: https://www.sqlite.org/gencol.html
-- from
create table temperature (id integer primary key, celsius real not null, fahrenheit real as (celsius * 9 / 5 + 32));
-- rows
insert into temperature (celsius) values (0), (37.5);
-- to
create table temperature (id integer primary key, celsius real not null, fahrenheit real as (round(celsius * 1.8 + 32, 1)));
