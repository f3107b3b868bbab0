-- title: decimal(10,2) becomes decimal(14,4)
-- feature: numeric-precision
-- doc: https://mariadb.com/kb/en/decimal/
-- from
create table price (id int auto_increment primary key, amount decimal(10,2) not null);
-- rows
insert into price (amount) values (19.99), (12345678.90);
-- to
create table price (id int auto_increment primary key, amount decimal(14,4) not null);
