-- title: obsolete table dropped
-- feature: drop-table
-- doc: https://www.sqlite.org/lang_droptable.html
-- from
create table account (id integer primary key, email text not null);
create table legacy_token (id integer primary key, token text not null);
-- rows
insert into account (email) values ('a@example.com');
insert into legacy_token (token) values ('abc'), ('def');
-- to
create table account (id integer primary key, email text not null);
