-- title: index under the same name gains a column
-- feature: index-composite
-- doc: https://mariadb.com/kb/en/create-index/
-- from
create table reading (id int auto_increment primary key, station_id int not null, taken_at datetime not null, key reading_lookup (station_id));
-- rows
insert into reading (station_id, taken_at) values (1, now()), (2, now());
-- to
create table reading (id int auto_increment primary key, station_id int not null, taken_at datetime not null, key reading_lookup (station_id, taken_at));
