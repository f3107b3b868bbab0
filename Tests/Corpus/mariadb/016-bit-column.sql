-- title: bit(8) column with a b'' default
-- feature: bit-type
-- doc: https://mariadb.com/kb/en/bit/
-- from
create table permission (id int auto_increment primary key, name varchar(30) not null);
-- rows
insert into permission (name) values ('read'), ('write');
-- to
create table permission (id int auto_increment primary key, name varchar(30) not null, flags bit(8) not null default b'00000001');
