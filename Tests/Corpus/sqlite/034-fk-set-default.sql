-- title: ON DELETE SET DEFAULT with a column default
-- feature: fk-action
-- doc: https://www.sqlite.org/foreignkeys.html#fk_actions
-- from
create table folder (id integer primary key, name text not null);
create table file_item (id integer primary key, folder_id integer not null references folder (id));
-- rows
insert into folder values (0, 'Inbox'), (1, 'Archive');
insert into file_item (folder_id) values (0), (1);
-- to
create table folder (id integer primary key, name text not null);
create table file_item (id integer primary key, folder_id integer not null default 0 references folder (id) on delete set default);
