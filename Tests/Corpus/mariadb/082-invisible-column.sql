-- title: add an INVISIBLE column
-- feature: invisible-column
-- doc: https://mariadb.com/kb/en/invisible-columns/
-- from
create table account (id int auto_increment primary key, email varchar(100) not null);
-- rows
insert into account (email) values ('a@x.io'), ('b@x.io');
-- to
create table account (id int auto_increment primary key, email varchar(100) not null, row_version int not null default 1 invisible);
