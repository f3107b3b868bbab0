-- title: drop a nullable column
-- feature: drop-column
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table author (id serial primary key, name text not null, fax_number varchar(20));
-- rows
insert into author (name, fax_number) values ('Le Guin', null), ('Pratchett', '555-0101');
-- to
create table author (id serial primary key, name text not null);
