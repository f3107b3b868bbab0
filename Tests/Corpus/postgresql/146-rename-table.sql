-- title: table renamed (no rename hint: drop + create)
-- feature: rename-table
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table usr (id serial primary key, email text not null);
-- rows
insert into usr (email) values ('a@x.io');
-- to
create table app_users (id serial primary key, email text not null);
