-- title: new column declared in the middle of the column list
-- feature: column-order
-- doc: https://www.sqlite.org/lang_createtable.html
-- from
create table person (id integer primary key, first_name text not null, created_at text);
-- rows
insert into person (first_name, created_at) values ('Alan', '2024-01-01'), ('Barbara', null);
-- to
create table person (id integer primary key, first_name text not null, last_name text, created_at text);
