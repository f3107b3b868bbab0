-- title: primary key removed
-- feature: primary-key
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table staging_row (row_id int not null, data text, primary key (row_id));
-- rows
insert into staging_row values (1, 'x'), (2, 'y');
-- to
create table staging_row (row_id int not null, data text);
