-- title: table renamed (no rename hint: drop + create)
-- feature: rename-table
-- doc: https://www.sqlite.org/lang_altertable.html#alter_table_rename
-- from
create table usr (id integer primary key, email text not null);
-- rows
insert into usr (email) values ('a@x.io');
-- to
create table app_users (id integer primary key, email text not null);
