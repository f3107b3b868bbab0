-- title: column gets COMPRESSION pglz
-- feature: column-compression
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table attachment (id serial primary key, content text);
-- rows
insert into attachment (content) values ('hello'), (repeat('x', 100));
-- to
create table attachment (id serial primary key, content text compression pglz);
