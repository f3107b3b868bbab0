-- title: SPATIAL index on a not null point column
-- feature: spatial-index
-- doc: https://mariadb.com/kb/en/spatial-index/
-- from
create table poi (id int auto_increment primary key, name varchar(50) not null, location point not null);
-- rows
insert into poi (name, location) values ('A', point(1, 2)), ('B', ST_GeomFromText('POINT(3 4)'));
-- to
create table poi (id int auto_increment primary key, name varchar(50) not null, location point not null, spatial index poi_location (location));
