-- title: child table inherits from a parent table
-- feature: inherits
-- doc: https://www.postgresql.org/docs/15/ddl-inherit.html
-- from
create table cities (name text not null, population int);
create table capitals (name text not null, population int, state char(2));
-- rows
insert into cities values ('Porto', 230000);
insert into capitals values ('Lisbon', 545000, 'PT');
-- to
create table cities (name text not null, population int);
create table capitals (state char(2)) inherits (cities);
