-- title: referenced parent table changes (rebuild) while a child holds rows
-- feature: foreign-key
-- doc: https://www.sqlite.org/lang_altertable.html#otheralter
-- from
create table artist (id integer primary key, name text);
create table track (id integer primary key, artist_id integer not null references artist (id) on delete cascade, title text not null);
-- rows
insert into artist (name) values ('Nina'), ('Miles');
insert into track (artist_id, title) values (1, 'Sinnerman'), (2, 'So What');
-- to
create table artist (id integer primary key, name text not null check (length(name) > 0), country text);
create table track (id integer primary key, artist_id integer not null references artist (id) on delete cascade, title text not null);
