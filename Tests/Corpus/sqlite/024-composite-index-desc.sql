-- title: composite index with a DESC column
-- feature: index-order
-- doc: https://www.sqlite.org/lang_createindex.html
-- from
create table score (id integer primary key, player text not null, points integer not null);
create index score_idx on score (player, points);
-- rows
insert into score (player, points) values ('a', 10), ('b', 30);
-- to
create table score (id integer primary key, player text not null, points integer not null);
create index score_idx on score (player, points desc);
