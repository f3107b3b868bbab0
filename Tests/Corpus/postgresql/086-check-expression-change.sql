-- title: check constraint expression widened under the same name
-- feature: check
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table volume_setting (id serial primary key, level int not null, constraint volume_level_chk check (level between 0 and 10));
-- rows
insert into volume_setting (level) values (3), (10);
-- to
create table volume_setting (id serial primary key, level int not null, constraint volume_level_chk check (level between 0 and 11));
