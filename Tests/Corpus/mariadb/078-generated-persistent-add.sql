-- title: add a STORED (PERSISTENT) generated column with an index
-- feature: generated-stored
-- doc: https://mariadb.com/kb/en/generated-columns/
-- from
create table people (id int auto_increment primary key, first_name varchar(50) not null, last_name varchar(50) not null);
-- rows
insert into people (first_name, last_name) values ('Ada', 'Lovelace'), ('Alan', 'Turing');
-- to
create table people (id int auto_increment primary key, first_name varchar(50) not null, last_name varchar(50) not null, full_name varchar(101) generated always as (concat(first_name, ' ', last_name)) stored, key people_full_name (full_name));
