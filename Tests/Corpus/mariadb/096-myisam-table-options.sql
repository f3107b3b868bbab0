-- title: MyISAM options CHECKSUM, PACK_KEYS, DELAY_KEY_WRITE, MAX_ROWS
-- feature: table-myisam-options
-- doc: https://mariadb.com/kb/en/create-table/#table-options
-- from
create table geo_lookup (id int primary key, name varchar(50) not null, key geo_name (name)) engine = MyISAM;
-- rows
insert into geo_lookup values (1, 'Lisbon'), (2, 'Porto');
-- to
create table geo_lookup (id int primary key, name varchar(50) not null, key geo_name (name)) engine = MyISAM checksum = 1 pack_keys = 1 delay_key_write = 1 max_rows = 1000000 min_rows = 10 avg_row_length = 64;
