-- title: per-column statistics target raised
-- feature: column-statistics
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table search_hit (id serial primary key, term text not null);
-- rows
insert into search_hit (term) values ('a'), ('b');
-- to
create table search_hit (id serial primary key, term text not null);
alter table search_hit alter column term set statistics 1000;
