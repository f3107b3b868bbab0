-- title: foreign key becomes DEFERRABLE INITIALLY DEFERRED
-- feature: fk-deferrable
-- doc: https://www.sqlite.org/foreignkeys.html#fk_deferred
-- from
create table parent_node (id integer primary key);
create table child_node (id integer primary key, parent_id integer references parent_node (id));
-- rows
insert into parent_node values (1), (2);
insert into child_node values (10, 1), (11, 2);
-- to
create table parent_node (id integer primary key);
create table child_node (id integer primary key, parent_id integer references parent_node (id) deferrable initially deferred);
