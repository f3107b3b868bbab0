-- title: column gets COLLATE "C"
-- feature: collation-column
-- doc: https://www.postgresql.org/docs/15/collation.html
-- from
create table sku_code (id serial primary key, code text not null);
-- rows
insert into sku_code (code) values ('a-1'), ('B-2');
-- to
create table sku_code (id serial primary key, code text collate "C" not null);
