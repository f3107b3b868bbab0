-- title: self-referencing foreign key
-- feature: foreign-key
-- doc: https://www.sqlite.org/foreignkeys.html
-- from
create table category (id integer primary key, parent_id integer, name text not null);
-- rows
insert into category (parent_id, name) values (null, 'root'), (1, 'child');
-- to
create table category (id integer primary key, parent_id integer references category (id) on delete cascade, name text not null);
