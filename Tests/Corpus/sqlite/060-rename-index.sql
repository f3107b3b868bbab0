-- title: index renamed, definition unchanged
-- feature: rename-index
-- doc: https://www.sqlite.org/lang_createindex.html
-- from
create table warehouse (id integer primary key, code text not null);
create index idx1 on warehouse (code);
-- rows
insert into warehouse (code) values ('LIS'), ('OPO');
-- to
create table warehouse (id integer primary key, code text not null);
create index warehouse_code_idx on warehouse (code);
