-- title: child table no longer inherits (NO INHERIT)
-- feature: inherits
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table base_log (id int not null, msg text);
create table app_log (level text) inherits (base_log);
-- rows
insert into base_log values (1, 'a');
insert into app_log values (2, 'b', 'info');
-- to
create table base_log (id int not null, msg text);
create table app_log (id int not null, msg text, level text);
