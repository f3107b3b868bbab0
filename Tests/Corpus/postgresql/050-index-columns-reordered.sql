-- title: composite index columns reordered under the same name
-- feature: index-composite
-- doc: https://www.postgresql.org/docs/15/indexes-multicolumn.html
-- from
create table reading (id serial primary key, station_id int not null, taken_at timestamptz not null);
create index reading_lookup on reading (taken_at, station_id);
-- rows
insert into reading (station_id, taken_at) values (1, now()), (2, now());
-- to
create table reading (id serial primary key, station_id int not null, taken_at timestamptz not null);
create index reading_lookup on reading (station_id, taken_at);
