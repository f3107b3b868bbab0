-- title: table becomes STRICT
-- feature: strict-table
-- doc: https://www.sqlite.org/stricttables.html
-- from
create table measurement (id integer primary key, sensor text not null, value real);
-- rows
insert into measurement (sensor, value) values ('t1', 21.5), ('t2', null);
-- to
create table measurement (id integer primary key, sensor text not null, value real) strict;
