-- title: INTEGER PRIMARY KEY DESC (not a rowid alias)
-- feature: primary-key
-- doc: https://www.sqlite.org/lang_createtable.html#rowid
-- from
create table counter (id integer primary key, n integer not null default 0);
-- rows
insert into counter (id, n) values (1, 0), (2, 5);
-- to
create table counter (id integer primary key desc, n integer not null default 0);
