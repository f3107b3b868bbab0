-- title: single-column index added
-- feature: index
-- doc: https://www.sqlite.org/lang_createindex.html
-- from
create table orders (id integer primary key, customer_id integer not null, placed_at text not null);
-- rows
insert into orders (customer_id, placed_at) values (1, '2024-01-01'), (2, '2024-01-02');
-- to
create table orders (id integer primary key, customer_id integer not null, placed_at text not null);
create index orders_customer_id_idx on orders (customer_id);
