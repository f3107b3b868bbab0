-- title: column renamed (no rename hint: drop + add)
-- feature: rename-column
-- doc: https://www.sqlite.org/lang_altertable.html#alter_table_rename_column
-- from
create table client (id integer primary key, fullname text);
-- rows
insert into client (fullname) values ('Ada'), ('Alan');
-- to
create table client (id integer primary key, full_name text);
