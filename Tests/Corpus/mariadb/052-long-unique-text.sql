-- title: unique on a text column without prefix (long unique, hash based)
-- feature: unique-long
-- doc: https://mariadb.com/kb/en/create-table/#unique
-- from
create table url_seen (id int auto_increment primary key, url text not null);
-- rows
insert into url_seen (url) values ('https://a.example/'), ('https://b.example/');
-- to
create table url_seen (id int auto_increment primary key, url text not null, unique key url_uq (url));
