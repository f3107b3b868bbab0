-- title: column gets its own character set and collation
-- feature: collation-column
-- doc: https://mariadb.com/kb/en/setting-character-sets-and-collations/
-- from
create table sku_code (id int auto_increment primary key, code varchar(40) not null);
-- rows
insert into sku_code (code) values ('a-1'), ('B-2');
-- to
create table sku_code (id int auto_increment primary key, code varchar(40) character set ascii collate ascii_bin not null);
