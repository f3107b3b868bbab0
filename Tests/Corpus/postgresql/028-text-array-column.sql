-- title: add text[] column
-- feature: array
-- doc: https://www.postgresql.org/docs/15/arrays.html
-- from
create table article (id serial primary key, title text not null);
-- rows
insert into article (title) values ('Intro'), ('Deep dive');
-- to
create table article (id serial primary key, title text not null, tags text[]);
