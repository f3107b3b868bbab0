-- title: unique constraint becomes deferrable initially deferred
-- feature: unique-deferrable
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table playlist_item (id serial primary key, playlist_id int not null, position int not null, constraint playlist_item_position_key unique (playlist_id, position));
-- rows
insert into playlist_item (playlist_id, position) values (1, 1), (1, 2);
-- to
create table playlist_item (id serial primary key, playlist_id int not null, position int not null, constraint playlist_item_position_key unique (playlist_id, position) deferrable initially deferred);
