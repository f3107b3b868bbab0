-- title: unique constraint replaced by a plain unique index on the same column
-- feature: unique-constraint-vs-index
-- doc: https://www.postgresql.org/docs/15/indexes-unique.html
-- from
create table vendor (id serial primary key, tax_id text not null, constraint vendor_tax_id_key unique (tax_id));
-- rows
insert into vendor (tax_id) values ('PT123'), ('DE456');
-- to
create table vendor (id serial primary key, tax_id text not null);
create unique index vendor_tax_id_uidx on vendor (tax_id);
