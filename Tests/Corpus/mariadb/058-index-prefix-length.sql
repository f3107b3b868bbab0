-- title: prefix index on the first 20 characters of a varchar
-- feature: index-prefix
-- doc: https://mariadb.com/kb/en/create-index/
-- from
create table page (id int auto_increment primary key, url varchar(2000) not null);
-- rows
insert into page (url) values ('https://example.com/a'), ('https://example.com/b');
-- to
create table page (id int auto_increment primary key, url varchar(2000) not null, key page_url (url(20)));
