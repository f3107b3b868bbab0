-- title: primary key (id) extended to (tenant_id, id) with auto_increment kept on id
-- feature: primary-key-composite
-- doc: https://mariadb.com/kb/en/auto_increment/
-- from
create table tenant_order (tenant_id int not null, id int not null auto_increment, total decimal(10,2), primary key (id));
-- rows
insert into tenant_order (tenant_id, total) values (1, 10), (1, 20), (2, 30);
-- to
create table tenant_order (tenant_id int not null, id int not null auto_increment, total decimal(10,2), primary key (id, tenant_id));
