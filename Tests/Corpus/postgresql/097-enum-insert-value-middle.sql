-- title: enum gains a value in the middle of the list
-- feature: enum-values
-- doc: https://www.postgresql.org/docs/15/sql-altertype.html
-- from
create type severity as enum ('low', 'high');
create table incident (id serial primary key, severity severity not null);
-- rows
insert into incident (severity) values ('low'), ('high');
-- to
create type severity as enum ('low', 'medium', 'high');
create table incident (id serial primary key, severity severity not null);
