-- title: char(36) column becomes the native uuid type
-- feature: uuid-type
-- doc: https://mariadb.com/kb/en/uuid-data-type/
-- from
create table device (id char(36) not null primary key, name varchar(50));
-- rows
insert into device values ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'router'), ('b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a22', 'printer');
-- to
create table device (id uuid not null primary key, name varchar(50));
