-- title: new hash partitioned table with four partitions
-- feature: partition-hash
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table tenant_meta (id int primary key);
-- rows
insert into tenant_meta values (1);
-- to
create table tenant_meta (id int primary key);
create table tenant_event (tenant_id int not null, id bigint not null, body text, primary key (tenant_id, id)) partition by hash (tenant_id);
create table tenant_event_p0 partition of tenant_event for values with (modulus 4, remainder 0);
create table tenant_event_p1 partition of tenant_event for values with (modulus 4, remainder 1);
create table tenant_event_p2 partition of tenant_event for values with (modulus 4, remainder 2);
create table tenant_event_p3 partition of tenant_event for values with (modulus 4, remainder 3);
