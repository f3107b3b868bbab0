-- title: existing nullable column made INVISIBLE
-- feature: invisible-column
-- doc: https://mariadb.com/kb/en/invisible-columns/
-- from
create table legacy_row (id int auto_increment primary key, name varchar(50), internal_flag tinyint);
-- rows
insert into legacy_row (name, internal_flag) values ('a', 1), ('b', null);
-- to
create table legacy_row (id int auto_increment primary key, name varchar(50), internal_flag tinyint invisible);
