-- title: unique partial index (one active row per user)
-- feature: index-partial
-- doc: https://www.postgresql.org/docs/15/indexes-partial.html
-- from
create table cart (id serial primary key, user_id int not null, active boolean not null default true);
-- rows
insert into cart (user_id, active) values (1, true), (1, false), (2, true);
-- to
create table cart (id serial primary key, user_id int not null, active boolean not null default true);
create unique index cart_one_active_per_user on cart (user_id) where active;
