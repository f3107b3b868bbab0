-- title: varchar(50) widened to varchar(191)
-- feature: varchar-length
-- doc: https://mariadb.com/kb/en/varchar/
-- from
create table users (id int auto_increment primary key, email varchar(50) not null);
-- rows
insert into users (email) values ('a@example.com'), ('b@example.com');
-- to
create table users (id int auto_increment primary key, email varchar(191) not null);
