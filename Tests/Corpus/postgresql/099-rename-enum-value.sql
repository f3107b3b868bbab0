-- title: enum value renamed (a rename shows up as remove + add)
-- feature: rename-enum-value
-- doc: https://www.postgresql.org/docs/15/sql-altertype.html
-- from
create type traffic_light as enum ('red', 'amber', 'green');
create table signal (id serial primary key, light traffic_light not null);
-- rows
insert into signal (light) values ('red'), ('green');
-- to
create type traffic_light as enum ('red', 'yellow', 'green');
create table signal (id serial primary key, light traffic_light not null);
