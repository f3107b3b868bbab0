-- title: add year, date and time(3) columns
-- feature: temporal-types
-- doc: https://mariadb.com/kb/en/date-and-time-data-types/
-- from
create table vintage (id int auto_increment primary key, label varchar(50) not null);
-- rows
insert into vintage (label) values ('Douro'), ('Dão');
-- to
create table vintage (id int auto_increment primary key, label varchar(50) not null, harvest year, bottled_on date, tasting_time time(3));
