-- title: same table name in two schemas, only one changes
-- feature: schema
-- doc: https://www.postgresql.org/docs/15/ddl-schemas.html
-- from
create schema staging;
create table item_price (id int primary key, price numeric(10,2));
create table staging.item_price (id int primary key, price numeric(10,2));
-- rows
insert into item_price values (1, 1.00);
insert into staging.item_price values (1, 2.00);
-- to
create schema staging;
create table item_price (id int primary key, price numeric(10,2));
create table staging.item_price (id int primary key, price numeric(12,2), note text);
