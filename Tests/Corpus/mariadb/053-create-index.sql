-- title: single-column index added
-- feature: index
-- doc: https://mariadb.com/kb/en/create-index/
-- from
create table orders (id int auto_increment primary key, customer_id int not null, placed_at datetime not null);
-- rows
insert into orders (customer_id, placed_at) values (1, now()), (2, now());
-- to
create table orders (id int auto_increment primary key, customer_id int not null, placed_at datetime not null, index idx_customer (customer_id));
