-- title: check constraint marked NO INHERIT on a parent table
-- feature: check-no-inherit
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table vehicle (id serial primary key, wheels int not null, constraint vehicle_wheels_chk check (wheels > 0));
-- rows
insert into vehicle (wheels) values (4), (2);
-- to
create table vehicle (id serial primary key, wheels int not null, constraint vehicle_wheels_chk check (wheels > 0) no inherit);
