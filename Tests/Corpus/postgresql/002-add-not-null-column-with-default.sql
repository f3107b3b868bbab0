-- title: add a not null integer column with a default
-- feature: add-column
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table product (id serial primary key, sku varchar(32) not null);
-- rows
insert into product (sku) values ('A-1'), ('B-2'), ('C-3');
-- to
create table product (id serial primary key, sku varchar(32) not null, stock integer not null default 0);
