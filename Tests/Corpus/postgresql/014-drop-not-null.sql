-- title: not null column becomes nullable
-- feature: nullability
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table address (id serial primary key, line2 text not null default '');
-- rows
insert into address (line2) values ('Apt 4'), ('');
-- to
create table address (id serial primary key, line2 text default '');
