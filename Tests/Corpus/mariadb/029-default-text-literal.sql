-- title: text column gets a literal default (allowed since 10.2)
-- feature: default-literal
-- doc: https://mariadb.com/kb/en/text/
-- from
create table profile (id int auto_increment primary key, bio text);
-- rows
insert into profile (bio) values ('hi'), (null);
-- to
create table profile (id int auto_increment primary key, bio text default '');
