-- title: generated column expression changed
-- feature: generated-virtual
-- doc: https://mariadb.com/kb/en/generated-columns/
-- from
create table temperature (id int auto_increment primary key, celsius decimal(5,2) not null, fahrenheit decimal(6,2) as (celsius * 9 / 5 + 32) virtual);
-- rows
insert into temperature (celsius) values (0), (37.5);
-- to
create table temperature (id int auto_increment primary key, celsius decimal(5,2) not null, fahrenheit decimal(6,2) as (round(celsius * 1.8 + 32, 1)) virtual);
