-- title: foreign key becomes DEFERRABLE INITIALLY DEFERRED
-- feature: fk-deferrable
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table parent_node (id int primary key);
create table child_node (id int primary key, parent_id int references parent_node (id));
-- rows
insert into parent_node values (1), (2);
insert into child_node values (10, 1), (11, 2);
-- to
create table parent_node (id int primary key);
create table child_node (id int primary key, parent_id int references parent_node (id) deferrable initially deferred);
