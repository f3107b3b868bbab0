-- title: new table written with LIKE ... INCLUDING ALL
-- feature: create-table-like
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table product_live (id int primary key, name text not null default 'unnamed', price numeric(10,2) check (price >= 0));
create index product_live_name_idx on product_live (name);
-- rows
insert into product_live values (1, 'pen', 1.50);
-- to
create table product_live (id int primary key, name text not null default 'unnamed', price numeric(10,2) check (price >= 0));
create index product_live_name_idx on product_live (name);
create table product_draft (like product_live including all);
