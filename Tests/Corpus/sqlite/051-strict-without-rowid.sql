-- title: table becomes both STRICT and WITHOUT ROWID
-- feature: strict-table
-- doc: https://www.sqlite.org/stricttables.html
-- from
create table session (token text primary key, user_id integer not null, expires_at integer);
-- rows
insert into session values ('t1', 1, 1700000000), ('t2', 2, null);
-- to
create table session (token text primary key, user_id integer not null, expires_at integer) strict, without rowid;
