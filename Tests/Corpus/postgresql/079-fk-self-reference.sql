-- title: self-referencing foreign key for a tree
-- feature: foreign-key
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table category (id serial primary key, parent_id int, name text not null);
-- rows
insert into category (parent_id, name) values (null, 'root'), (1, 'child');
-- to
create table category (id serial primary key, parent_id int references category (id) on delete cascade, name text not null);
