-- title: check constraint dropped
-- feature: check
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table rating (id serial primary key, stars int not null, constraint rating_stars_check check (stars between 1 and 5));
-- rows
insert into rating (stars) values (1), (5);
-- to
create table rating (id serial primary key, stars int not null);
