-- title: new column declared in the middle of the column list
-- feature: column-order
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table person (id serial primary key, first_name text not null, created_at timestamptz not null default now());
-- rows
insert into person (first_name) values ('Alan'), ('Barbara');
-- to
create table person (id serial primary key, first_name text not null, last_name text, created_at timestamptz not null default now());
