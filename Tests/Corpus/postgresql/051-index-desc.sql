-- title: index column sorted descending
-- feature: index-order
-- doc: https://www.postgresql.org/docs/15/indexes-ordering.html
-- from
create table score (id serial primary key, player text not null, points int not null);
create index score_points_idx on score (points);
-- rows
insert into score (player, points) values ('a', 10), ('b', 30);
-- to
create table score (id serial primary key, player text not null, points int not null);
create index score_points_idx on score (points desc);
