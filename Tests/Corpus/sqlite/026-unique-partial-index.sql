-- title: unique partial index (one active row per user)
-- feature: index-partial
-- doc: https://www.sqlite.org/partialindex.html
-- from
create table cart (id integer primary key, user_id integer not null, active integer not null default 1);
-- rows
insert into cart (user_id, active) values (1, 1), (1, 0), (2, 1);
-- to
create table cart (id integer primary key, user_id integer not null, active integer not null default 1);
create unique index cart_one_active on cart (user_id) where active = 1;
