-- title: obsolete table dropped
-- feature: drop-table
-- doc: https://mariadb.com/kb/en/drop-table/
-- from
create table account2 (id int auto_increment primary key, email varchar(100) not null);
create table legacy_token (id int auto_increment primary key, token varchar(64) not null);
-- rows
insert into account2 (email) values ('a@example.com');
insert into legacy_token (token) values ('abc'), ('def');
-- to
create table account2 (id int auto_increment primary key, email varchar(100) not null);
