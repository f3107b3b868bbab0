-- title: column renamed (no rename hint: drop + add)
-- feature: rename-column
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table client (id serial primary key, fullname text);
-- rows
insert into client (fullname) values ('Ada'), ('Alan');
-- to
create table client (id serial primary key, full_name text);
