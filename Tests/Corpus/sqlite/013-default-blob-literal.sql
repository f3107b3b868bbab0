-- title: blob column with a hex blob literal default
-- feature: default-literal
-- doc: https://www.sqlite.org/lang_expr.html#literal_values_constants_
-- from
create table image (id integer primary key, filename text not null);
-- rows
insert into image (filename) values ('a.png'), ('b.jpg');
-- to
create table image (id integer primary key, filename text not null, checksum blob default x'deadbeef');
