-- title: add a nullable text column
-- feature: add-column
-- doc: https://www.sqlite.org/lang_altertable.html
-- from
create table customer (id integer primary key, name text not null);
-- rows
insert into customer (name) values ('Ada'), ('Grace');
-- to
create table customer (id integer primary key, name text not null, nickname text);
