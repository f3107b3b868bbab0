-- title: add point and polygon columns
-- feature: spatial-types
-- doc: https://mariadb.com/kb/en/geometry-types/
-- from
create table store (id int auto_increment primary key, name varchar(50) not null);
-- rows
insert into store (name) values ('Downtown'), ('Airport');
-- to
create table store (id int auto_increment primary key, name varchar(50) not null, location point, area polygon);
