-- title: primary key with INCLUDE column
-- feature: index-include
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table stock_level (sku text primary key, warehouse text not null, qty int not null);
-- rows
insert into stock_level values ('A1', 'north', 3), ('B2', 'south', 7);
-- to
create table stock_level (sku text, warehouse text not null, qty int not null, primary key (sku) include (qty));
