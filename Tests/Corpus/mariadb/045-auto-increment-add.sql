-- title: int primary key becomes auto_increment
-- feature: auto-increment
-- doc: https://mariadb.com/kb/en/auto_increment/
-- from
create table ext_user (id int not null primary key, name varchar(50));
-- rows
insert into ext_user values (1, 'a'), (2, 'b');
-- to
create table ext_user (id int not null auto_increment primary key, name varchar(50));
