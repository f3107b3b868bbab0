-- title: varchar(100) column becomes text
-- feature: column-type
-- doc: https://www.postgresql.org/docs/15/datatype-character.html
-- from
create table note (id serial primary key, body varchar(100));
-- rows
insert into note (body) values ('hello'), (null);
-- to
create table note (id serial primary key, body text);
