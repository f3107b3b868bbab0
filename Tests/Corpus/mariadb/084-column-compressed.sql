-- title: text column gets the COMPRESSED attribute
-- feature: column-compressed
-- doc: https://mariadb.com/kb/en/storage-engine-independent-column-compression/
-- from
create table attachment (id int auto_increment primary key, content text);
-- rows
insert into attachment (content) values ('hello'), (repeat('x', 500));
-- to
create table attachment (id int auto_increment primary key, content text compressed);
