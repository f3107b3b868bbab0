-- title: ROW_FORMAT=COMPRESSED with KEY_BLOCK_SIZE=8
-- feature: table-row-format
-- doc: https://mariadb.com/kb/en/innodb-compressed-row-format/
-- from
create table archive_doc (id int auto_increment primary key, body mediumtext);
-- rows
insert into archive_doc (body) values ('a'), ('b');
-- to
create table archive_doc (id int auto_increment primary key, body mediumtext) row_format = compressed key_block_size = 8;
