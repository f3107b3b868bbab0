-- title: plain integer column becomes a foreign key
-- feature: foreign-key
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table department (id serial primary key, name text not null);
create table staff (id serial primary key, department_id int, name text not null);
-- rows
insert into department (name) values ('R&D'), ('Sales');
insert into staff (department_id, name) values (1, 'ann'), (2, 'bo'), (null, 'cy');
-- to
create table department (id serial primary key, name text not null);
create table staff (id serial primary key, department_id int references department (id), name text not null);
