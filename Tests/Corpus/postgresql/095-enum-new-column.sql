-- title: new enum type used by a new column
-- feature: enum
-- doc: https://www.postgresql.org/docs/15/datatype-enum.html
-- from
create table shirt (id serial primary key, name text not null);
-- rows
insert into shirt (name) values ('tee'), ('polo');
-- to
create type shirt_size as enum ('small', 'medium', 'large');
create table shirt (id serial primary key, name text not null, size shirt_size not null default 'medium');
