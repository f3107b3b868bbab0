-- title: column check constraint added
-- feature: check
-- doc: https://mariadb.com/kb/en/constraint/
-- from
create table item (id int auto_increment primary key, price decimal(10,2) not null);
-- rows
insert into item (price) values (1.00), (0);
-- to
create table item (id int auto_increment primary key, price decimal(10,2) not null check (price >= 0));
