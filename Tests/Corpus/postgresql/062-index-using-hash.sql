-- title: btree index replaced by hash index
-- feature: index-method
-- doc: https://www.postgresql.org/docs/15/indexes-types.html
-- from
create table short_link (id serial primary key, code text not null);
create index short_link_code_idx on short_link (code);
-- rows
insert into short_link (code) values ('abc'), ('xyz');
-- to
create table short_link (id serial primary key, code text not null);
create index short_link_code_idx on short_link using hash (code);
