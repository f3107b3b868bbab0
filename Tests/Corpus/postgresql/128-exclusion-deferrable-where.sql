-- title: exclusion constraint with WHERE and DEFERRABLE
-- feature: exclusion-constraint
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table shift (id serial primary key, slot daterange not null, cancelled boolean not null default false);
-- rows
insert into shift (slot, cancelled) values ('[2024-01-01,2024-01-05)', false), ('[2024-01-03,2024-01-04)', true);
-- to
create table shift (id serial primary key, slot daterange not null, cancelled boolean not null default false, constraint shift_no_overlap exclude using gist (slot with &&) where (not cancelled) deferrable initially deferred);
