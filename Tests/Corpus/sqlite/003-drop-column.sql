-- title: drop a nullable column
-- feature: drop-column
-- doc: https://www.sqlite.org/lang_altertable.html#alter_table_drop_column
-- from
create table author (id integer primary key, name text not null, fax text);
-- rows
insert into author (name, fax) values ('Le Guin', null), ('Pratchett', '555');
-- to
create table author (id integer primary key, name text not null);
