-- title: nullable column becomes not null
-- feature: nullability
-- doc: https://www.sqlite.org/lang_createtable.html
-- from
create table employee (id integer primary key, last_name text);
-- rows
insert into employee (last_name) values ('Hopper'), ('Lovelace');
-- to
create table employee (id integer primary key, last_name text not null);
