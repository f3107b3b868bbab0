-- title: column-level unique added
-- feature: unique
-- doc: https://mariadb.com/kb/en/create-table/
-- from
create table member (id int auto_increment primary key, handle varchar(50) not null);
-- rows
insert into member (handle) values ('ada'), ('grace');
-- to
create table member (id int auto_increment primary key, handle varchar(50) not null unique);
