-- title: add a VIRTUAL generated column
-- feature: generated-virtual
-- doc: https://mariadb.com/kb/en/generated-columns/
-- from
create table rectangle (id int auto_increment primary key, width decimal(8,2) not null, height decimal(8,2) not null);
-- rows
insert into rectangle (width, height) values (2, 3), (4.5, 1);
-- to
create table rectangle (id int auto_increment primary key, width decimal(8,2) not null, height decimal(8,2) not null, area decimal(16,4) as (width * height) virtual);
