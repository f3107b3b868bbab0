-- title: varchar(20) array declared with SQL-standard ARRAY syntax, 2-d int array
-- feature: array
-- doc: https://www.postgresql.org/docs/15/arrays.html
-- from
create table matrix_store (id serial primary key, name varchar(20));
-- rows
insert into matrix_store (name) values ('identity'), ('zero');
-- to
create table matrix_store (id serial primary key, name varchar(20), aliases varchar(20) array, cells int[][]);
