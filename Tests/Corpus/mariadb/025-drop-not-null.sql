-- title: not null column becomes nullable
-- feature: nullability
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table address (id int auto_increment primary key, line2 varchar(100) not null default '');
-- rows
insert into address (line2) values ('Apt 4'), ('');
-- to
create table address (id int auto_increment primary key, line2 varchar(100) default '');
