-- title: created_at gets default CURRENT_TIMESTAMP
-- feature: default-function
-- doc: https://www.sqlite.org/lang_createtable.html#dfltval
-- from
create table comment (id integer primary key, body text not null, created_at text);
-- rows
insert into comment (body, created_at) values ('first', '2024-01-01 00:00:00'), ('second', null);
-- to
create table comment (id integer primary key, body text not null, created_at text default CURRENT_TIMESTAMP);
