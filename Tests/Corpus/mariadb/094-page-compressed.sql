-- title: InnoDB PAGE_COMPRESSED=1 with PAGE_COMPRESSION_LEVEL
-- feature: table-page-compression
-- doc: https://mariadb.com/kb/en/innodb-page-compression/
-- from
create table telemetry (id bigint auto_increment primary key, payload text);
-- rows
insert into telemetry (payload) values ('{}'), ('{"a":1}');
-- to
create table telemetry (id bigint auto_increment primary key, payload text) page_compressed = 1 page_compression_level = 6;
