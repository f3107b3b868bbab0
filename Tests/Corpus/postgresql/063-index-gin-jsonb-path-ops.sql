-- title: GIN index on jsonb with jsonb_path_ops
-- feature: index-opclass
-- doc: https://www.postgresql.org/docs/15/datatype-json.html
-- from
create table catalog_item (id serial primary key, attrs jsonb not null default '{}');
-- rows
insert into catalog_item (attrs) values ('{"color": "red"}'), ('{"size": 3}');
-- to
create table catalog_item (id serial primary key, attrs jsonb not null default '{}');
create index catalog_item_attrs_idx on catalog_item using gin (attrs jsonb_path_ops);
