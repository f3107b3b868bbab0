-- title: btree index gets an INCLUDE column
-- feature: index-include
-- doc: https://www.postgresql.org/docs/15/indexes-index-only-scans.html
-- from
create table line_item (id serial primary key, order_id int not null, amount numeric(10,2) not null);
create index line_item_order_idx on line_item (order_id);
-- rows
insert into line_item (order_id, amount) values (1, 9.99), (1, 5.00);
-- to
create table line_item (id serial primary key, order_id int not null, amount numeric(10,2) not null);
create index line_item_order_idx on line_item (order_id) include (amount);
