-- title: add bytea column for a thumbnail
-- feature: add-column
-- doc: https://www.postgresql.org/docs/15/datatype-binary.html
-- from
create table image (id serial primary key, filename text not null);
-- rows
insert into image (filename) values ('a.png'), ('b.jpg');
-- to
create table image (id serial primary key, filename text not null, thumbnail bytea, checksum bytea default '\xdeadbeef'::bytea);
