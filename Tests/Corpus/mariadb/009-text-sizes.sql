-- title: text becomes mediumtext, tinytext becomes text
-- feature: column-type
-- doc: https://mariadb.com/kb/en/mediumtext/
-- from
create table article (id int auto_increment primary key, summary tinytext, body text not null);
-- rows
insert into article (summary, body) values ('s', 'b'), (null, 'c');
-- to
create table article (id int auto_increment primary key, summary text, body mediumtext not null);
