-- title: table renamed (no rename hint: drop + create)
-- feature: rename-table
-- doc: https://mariadb.com/kb/en/rename-table/
-- from
create table usr (id int auto_increment primary key, email varchar(100) not null);
-- rows
insert into usr (email) values ('a@x.io');
-- to
create table app_users (id int auto_increment primary key, email varchar(100) not null);
