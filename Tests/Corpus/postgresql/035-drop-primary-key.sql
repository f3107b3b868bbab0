-- title: primary key constraint removed, column stays not null
-- feature: primary-key
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table staging_row (row_id integer primary key, data text);
-- rows
insert into staging_row values (1, 'x'), (2, 'y');
-- to
create table staging_row (row_id integer not null, data text);
