-- title: unused enum value removed
-- feature: enum-values
-- doc: https://www.postgresql.org/docs/15/datatype-enum.html
-- from
create type mood as enum ('happy', 'ok', 'sad', 'meh');
create table diary (id serial primary key, mood mood);
-- rows
insert into diary (mood) values ('happy'), ('sad');
-- to
create type mood as enum ('happy', 'ok', 'sad');
create table diary (id serial primary key, mood mood);
