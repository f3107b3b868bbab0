-- title: prefix length on a text index changed from 10 to 32
-- feature: index-prefix
-- doc: https://mariadb.com/kb/en/create-index/
-- from
create table snippet (id int auto_increment primary key, body text not null, key snippet_body (body(10)));
-- rows
insert into snippet (body) values ('hello world'), ('lorem ipsum');
-- to
create table snippet (id int auto_increment primary key, body text not null, key snippet_body (body(32)));
