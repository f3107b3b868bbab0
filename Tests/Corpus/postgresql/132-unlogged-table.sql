-- title: table becomes UNLOGGED
-- feature: unlogged-table
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table cache_entry (key text primary key, value bytea, expires_at timestamptz);
-- rows
insert into cache_entry values ('a', '\x01', now()), ('b', null, null);
-- to
create unlogged table cache_entry (key text primary key, value bytea, expires_at timestamptz);
