-- title: column check constraint added
-- feature: check
-- doc: https://www.sqlite.org/lang_createtable.html#ckconst
-- from
create table item (id integer primary key, price real not null);
-- rows
insert into item (price) values (1.0), (0);
-- to
create table item (id integer primary key, price real not null check (price >= 0));
