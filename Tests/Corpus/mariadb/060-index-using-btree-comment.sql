-- title: index with USING BTREE and an index COMMENT
-- feature: index-comment
-- doc: https://mariadb.com/kb/en/create-table/#index-options
-- from
create table lookup (id int auto_increment primary key, k varchar(40) not null, key lookup_k (k));
-- rows
insert into lookup (k) values ('a');
-- to
create table lookup (id int auto_increment primary key, k varchar(40) not null, key lookup_k (k) using btree comment 'used by autocomplete; don''t drop');
