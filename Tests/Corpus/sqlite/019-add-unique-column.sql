-- title: column-level unique added
-- feature: unique
-- doc: https://www.sqlite.org/lang_createtable.html#uniqueconst
-- from
create table member (id integer primary key, handle text not null);
-- rows
insert into member (handle) values ('ada'), ('grace');
-- to
create table member (id integer primary key, handle text not null unique);
