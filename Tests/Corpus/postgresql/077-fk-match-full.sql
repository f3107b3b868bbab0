-- title: composite foreign key becomes MATCH FULL
-- feature: fk-match-full
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table sku (product_id int, variant_id int, primary key (product_id, variant_id));
create table cart_line (id serial primary key, product_id int, variant_id int, constraint cart_line_sku_fk foreign key (product_id, variant_id) references sku (product_id, variant_id));
-- rows
insert into sku values (1, 1), (1, 2);
insert into cart_line (product_id, variant_id) values (1, 1), (null, null);
-- to
create table sku (product_id int, variant_id int, primary key (product_id, variant_id));
create table cart_line (id serial primary key, product_id int, variant_id int, constraint cart_line_sku_fk foreign key (product_id, variant_id) references sku (product_id, variant_id) match full);
