-- title: varchar(255) narrowed to varchar(60), values fit
-- feature: varchar-length
-- doc: https://mariadb.com/kb/en/varchar/
-- from
create table city (id int auto_increment primary key, name varchar(255) not null);
-- rows
insert into city (name) values ('Lisbon'), ('Reykjavík');
-- to
create table city (id int auto_increment primary key, name varchar(60) not null);
