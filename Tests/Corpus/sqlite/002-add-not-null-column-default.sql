-- title: add a not null integer column with a default
-- feature: add-column
-- doc: https://www.sqlite.org/lang_altertable.html
-- from
create table product (id integer primary key, sku text not null);
-- rows
insert into product (sku) values ('A-1'), ('B-2');
-- to
create table product (id integer primary key, sku text not null, stock integer not null default 0);
