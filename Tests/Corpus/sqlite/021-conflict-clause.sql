-- title: unique with ON CONFLICT REPLACE, not null with ON CONFLICT IGNORE
-- feature: conflict-clause
-- doc: https://www.sqlite.org/lang_conflict.html
-- from
create table kv (id integer primary key, k text not null unique, v text);
-- rows
insert into kv (k, v) values ('a', '1'), ('b', '2');
-- to
create table kv (id integer primary key, k text not null on conflict ignore unique on conflict replace, v text);
