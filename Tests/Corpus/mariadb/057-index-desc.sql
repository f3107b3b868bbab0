-- title: descending index column (honoured since 10.8)
-- feature: index-order
-- doc: https://mariadb.com/kb/en/descending-indexes/
-- from
create table score (id int auto_increment primary key, player varchar(20) not null, points int not null, key score_points (points));
-- rows
insert into score (player, points) values ('a', 10), ('b', 30);
-- to
create table score (id int auto_increment primary key, player varchar(20) not null, points int not null, key score_points (points desc, player));
