-- title: add binary(16) and varbinary(64) columns
-- feature: binary-types
-- doc: https://mariadb.com/kb/en/binary/
-- from
create table token (id int auto_increment primary key, label varchar(40));
-- rows
insert into token (label) values ('a'), ('b');
-- to
create table token (id int auto_increment primary key, label varchar(40), digest binary(16), secret varbinary(64));
