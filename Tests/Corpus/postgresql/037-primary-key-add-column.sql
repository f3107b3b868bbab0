-- title: primary key (id) extended to (tenant_id, id)
-- feature: primary-key-composite
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table tenant_order (tenant_id int not null, id int not null, total numeric(10,2), constraint tenant_order_pkey primary key (id));
-- rows
insert into tenant_order values (1, 1, 10), (1, 2, 20), (2, 3, 30);
-- to
create table tenant_order (tenant_id int not null, id int not null, total numeric(10,2), constraint tenant_order_pkey primary key (tenant_id, id));
