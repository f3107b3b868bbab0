-- title: drop a nullable column
-- feature: drop-column
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table author (id int auto_increment primary key, name varchar(100) not null, fax varchar(20) default null);
-- rows
insert into author (name, fax) values ('Le Guin', null), ('Pratchett', '555');
-- to
create table author (id int auto_increment primary key, name varchar(100) not null);
