-- title: add a nullable varchar(255) column
-- feature: add-column
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table customer (id int unsigned not null auto_increment primary key, name varchar(100) not null);
-- rows
insert into customer (name) values ('Ada'), ('Grace');
-- to
create table customer (id int unsigned not null auto_increment primary key, name varchar(100) not null, nickname varchar(255) null);
