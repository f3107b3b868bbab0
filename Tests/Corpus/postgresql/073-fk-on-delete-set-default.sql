-- title: foreign key with ON DELETE SET DEFAULT and a column default
-- feature: fk-action
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table folder (id int primary key, name text not null);
create table file_item (id serial primary key, folder_id int not null references folder (id));
-- rows
insert into folder values (0, 'Inbox'), (1, 'Archive');
insert into file_item (folder_id) values (0), (1);
-- to
create table folder (id int primary key, name text not null);
create table file_item (id serial primary key, folder_id int not null default 0 references folder (id) on delete set default);
