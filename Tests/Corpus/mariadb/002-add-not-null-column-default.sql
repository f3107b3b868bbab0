-- title: add a not null int column with default 0
-- feature: add-column
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table product (id int not null auto_increment, sku varchar(32) not null, primary key (id));
-- rows
insert into product (sku) values ('A-1'), ('B-2');
-- to
create table product (id int not null auto_increment, sku varchar(32) not null, stock int not null default 0, primary key (id));
