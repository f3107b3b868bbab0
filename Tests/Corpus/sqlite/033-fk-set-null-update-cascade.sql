-- title: ON DELETE SET NULL ON UPDATE CASCADE
-- feature: fk-action
-- doc: https://www.sqlite.org/foreignkeys.html#fk_actions
-- from
create table manager (id integer primary key, name text);
create table report (id integer primary key, manager_id integer references manager (id));
-- rows
insert into manager (name) values ('m1');
insert into report (manager_id) values (1), (null);
-- to
create table manager (id integer primary key, name text);
create table report (id integer primary key, manager_id integer references manager (id) on delete set null on update cascade);
