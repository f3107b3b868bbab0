-- title: table partitioned by HASH into 4 partitions
-- feature: partition-hash
-- doc: https://mariadb.com/kb/en/hash-partitioning-type/
-- from
create table tenant_event (tenant_id int not null, id bigint not null, body text, primary key (tenant_id, id));
-- rows
insert into tenant_event values (1, 1, 'a'), (2, 1, 'b');
-- to
create table tenant_event (tenant_id int not null, id bigint not null, body text, primary key (tenant_id, id)) partition by hash (tenant_id) partitions 4;
