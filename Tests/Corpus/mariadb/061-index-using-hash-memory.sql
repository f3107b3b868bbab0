-- title: MEMORY table with a HASH index changed to BTREE
-- feature: index-method
-- doc: https://mariadb.com/kb/en/memory-storage-engine/
-- from
create table hot_cache (k varchar(40) not null, v varchar(200), key hot_cache_k (k) using hash) engine = memory;
-- rows
insert into hot_cache values ('a', '1'), ('b', '2');
-- to
create table hot_cache (k varchar(40) not null, v varchar(200), key hot_cache_k (k) using btree) engine = memory;
