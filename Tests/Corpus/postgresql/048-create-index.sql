-- title: single-column btree index added
-- feature: index
-- doc: https://www.postgresql.org/docs/15/sql-createindex.html
-- from
create table orders (id serial primary key, customer_id int not null, placed_at timestamptz not null default now());
-- rows
insert into orders (customer_id) values (1), (2), (1);
-- to
create table orders (id serial primary key, customer_id int not null, placed_at timestamptz not null default now());
create index orders_customer_id_idx on orders (customer_id);
