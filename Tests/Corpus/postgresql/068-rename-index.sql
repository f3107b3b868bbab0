-- title: index renamed, definition unchanged
-- feature: rename-index
-- doc: https://www.postgresql.org/docs/15/sql-alterindex.html
-- from
create table warehouse (id serial primary key, code text not null);
create index idx1 on warehouse (code);
-- rows
insert into warehouse (code) values ('LIS'), ('OPO');
-- to
create table warehouse (id serial primary key, code text not null);
create index warehouse_code_idx on warehouse (code);
