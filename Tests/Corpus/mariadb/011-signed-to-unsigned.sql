-- title: int becomes int unsigned
-- feature: unsigned
-- doc: https://mariadb.com/kb/en/int/
-- from
create table inventory (id int auto_increment primary key, quantity int not null default 0);
-- rows
insert into inventory (quantity) values (0), (12);
-- to
create table inventory (id int auto_increment primary key, quantity int unsigned not null default 0);
