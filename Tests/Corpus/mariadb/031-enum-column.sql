-- title: add enum column with default
-- feature: enum
-- doc: https://mariadb.com/kb/en/enum/
-- from
create table shirt (id int auto_increment primary key, name varchar(50) not null);
-- rows
insert into shirt (name) values ('tee'), ('polo');
-- to
create table shirt (id int auto_increment primary key, name varchar(50) not null, size enum('small', 'medium', 'large') not null default 'medium');
