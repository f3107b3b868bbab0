-- title: auto_increment removed from the key
-- feature: auto-increment
-- doc: https://mariadb.com/kb/en/auto_increment/
-- from
create table imported_row (id bigint not null auto_increment primary key, data text);
-- rows
insert into imported_row (data) values ('a'), ('b');
-- to
create table imported_row (id bigint not null primary key, data text);
