-- title: varchar(50) widened to varchar(255)
-- feature: varchar-length
-- doc: https://www.postgresql.org/docs/15/datatype-character.html
-- from
create table users (id serial primary key, email varchar(50) not null);
-- rows
insert into users (email) values ('a@example.com'), ('b@example.com');
-- to
create table users (id serial primary key, email varchar(255) not null);
