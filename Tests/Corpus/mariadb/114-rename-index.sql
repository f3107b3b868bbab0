-- title: index renamed, definition unchanged
-- feature: rename-index
-- doc: https://mariadb.com/kb/en/alter-table/#rename-indexkey
-- from
create table warehouse (id int auto_increment primary key, code varchar(10) not null, key idx1 (code));
-- rows
insert into warehouse (code) values ('LIS'), ('OPO');
-- to
create table warehouse (id int auto_increment primary key, code varchar(10) not null, key warehouse_code (code));
