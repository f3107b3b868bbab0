-- title: obsolete table dropped
-- feature: drop-table
-- doc: https://www.postgresql.org/docs/15/sql-droptable.html
-- from
create table account (id serial primary key, email text not null);
create table legacy_token (id serial primary key, token text not null);
-- rows
insert into account (email) values ('a@example.com');
insert into legacy_token (token) values ('abc'), ('def');
-- to
create table account (id serial primary key, email text not null);
