-- title: generated column switches from VIRTUAL to PERSISTENT
-- feature: generated-stored
-- doc: https://mariadb.com/kb/en/generated-columns/
-- from
create table line_total (id int auto_increment primary key, qty int not null, unit_price decimal(10,2) not null, total decimal(12,2) as (qty * unit_price) virtual);
-- rows
insert into line_total (qty, unit_price) values (2, 3.50), (1, 10.00);
-- to
create table line_total (id int auto_increment primary key, qty int not null, unit_price decimal(10,2) not null, total decimal(12,2) as (qty * unit_price) persistent);
