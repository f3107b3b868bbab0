-- title: varchar(255) narrowed to varchar(80), existing values fit
-- feature: varchar-length
-- doc: https://www.postgresql.org/docs/15/datatype-character.html
-- from
create table city (id serial primary key, name varchar(255) not null);
-- rows
insert into city (name) values ('Lisbon'), ('Reykjavík');
-- to
create table city (id serial primary key, name varchar(80) not null);
