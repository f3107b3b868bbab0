-- title: foreign key with ON DELETE SET NULL
-- feature: fk-action
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table manager (id serial primary key, name text);
create table report (id serial primary key, manager_id int references manager (id));
-- rows
insert into manager (name) values ('m1');
insert into report (manager_id) values (1), (null);
-- to
create table manager (id serial primary key, name text);
create table report (id serial primary key, manager_id int references manager (id) on delete set null);
