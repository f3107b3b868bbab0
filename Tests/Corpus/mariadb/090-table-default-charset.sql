-- title: table default character set and collation changed
-- feature: collation-table
-- doc: https://mariadb.com/kb/en/create-table/#default-character-setcharset
-- from
create table legacy_text (id int auto_increment primary key, body varchar(200)) default charset = latin1;
-- rows
insert into legacy_text (body) values ('hello'), ('café');
-- to
create table legacy_text (id int auto_increment primary key, body varchar(200)) default charset = utf8mb4 collate = utf8mb4_unicode_ci;
