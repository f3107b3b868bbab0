-- title: child table declared before its parent (forward reference allowed)
-- feature: foreign-key
-- doc: https://www.sqlite.org/foreignkeys.html
-- from
create table band (id integer primary key, name text not null);
create table album (id integer primary key, title text not null, band_id integer);
-- rows
insert into band (name) values ('Low');
insert into album (title, band_id) values ('Things We Lost in the Fire', 1);
-- to
create table album (id integer primary key, title text not null, band_id integer references band (id));
create table band (id integer primary key, name text not null);
