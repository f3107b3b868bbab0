-- title: integer column widened to bigint
-- feature: column-type
-- doc: https://www.postgresql.org/docs/15/datatype-numeric.html
-- from
create table page_view (id serial primary key, hits integer not null default 0);
-- rows
insert into page_view (hits) values (10), (2147483647);
-- to
create table page_view (id serial primary key, hits bigint not null default 0);
