-- title: table option AUTO_INCREMENT = 1000 (starting value)
-- feature: table-option-auto-increment
-- doc: https://mariadb.com/kb/en/create-table/#auto_increment
-- from
create table invoice (id int unsigned not null auto_increment primary key, number varchar(20) not null);
-- rows
insert into invoice (number) values ('INV-1'), ('INV-2');
-- to
create table invoice (id int unsigned not null auto_increment primary key, number varchar(20) not null) auto_increment = 1000;
