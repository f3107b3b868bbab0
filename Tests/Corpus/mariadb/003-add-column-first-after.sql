-- title: columns added FIRST and AFTER a given column (column order)
-- feature: column-order
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table person (id int primary key, first_name varchar(50), created_at datetime);
-- rows
insert into person values (1, 'Alan', '2024-01-01 00:00:00'), (2, 'Barbara', null);
-- to
create table person (tenant_id int not null default 1, id int primary key, first_name varchar(50), last_name varchar(50), created_at datetime);
