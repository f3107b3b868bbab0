-- title: nullable column becomes not null
-- feature: nullability
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table employee (id int auto_increment primary key, last_name varchar(80));
-- rows
insert into employee (last_name) values ('Hopper'), ('Lovelace');
-- to
create table employee (id int auto_increment primary key, last_name varchar(80) not null);
