-- title: tables named Item and item (case-sensitive table names); only one changes
-- feature: case-sensitive-names
-- doc: https://mariadb.com/kb/en/identifier-case-sensitivity/
-- from
create table Item (id int primary key, name varchar(20));
create table item (id int primary key, name varchar(20));
-- rows
insert into Item values (1, 'upper');
insert into item values (1, 'lower');
-- to
create table Item (id int primary key, name varchar(20));
create table item (id int primary key, name varchar(40), price decimal(8,2));
