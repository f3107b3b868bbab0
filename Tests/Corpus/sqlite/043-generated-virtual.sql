-- title: add a VIRTUAL generated column
-- feature: generated-virtual
-- doc: https://www.sqlite.org/gencol.html
-- from
create table rectangle (id integer primary key, width real not null, height real not null);
-- rows
insert into rectangle (width, height) values (2, 3), (4.5, 1);
-- to
create table rectangle (id integer primary key, width real not null, height real not null, area real generated always as (width * height) virtual);
