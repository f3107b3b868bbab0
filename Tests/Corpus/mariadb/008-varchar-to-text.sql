-- title: varchar column becomes text
-- feature: column-type
-- doc: https://mariadb.com/kb/en/text/
-- from
create table note (id int auto_increment primary key, body varchar(500));
-- rows
insert into note (body) values ('hello'), (null);
-- to
create table note (id int auto_increment primary key, body text);
