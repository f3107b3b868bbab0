-- title: plain integer column becomes a foreign key
-- feature: foreign-key
-- doc: https://www.sqlite.org/foreignkeys.html
-- from
create table department (id integer primary key, name text not null);
create table staff (id integer primary key, department_id integer, name text not null);
-- rows
insert into department (name) values ('R&D'), ('Sales');
insert into staff (department_id, name) values (1, 'ann'), (2, 'bo'), (null, 'cy');
-- to
create table department (id integer primary key, name text not null);
create table staff (id integer primary key, department_id integer references department (id), name text not null);
