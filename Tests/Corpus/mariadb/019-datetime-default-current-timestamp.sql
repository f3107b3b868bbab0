-- title: datetime gets default current_timestamp
-- feature: default-function
-- doc: https://mariadb.com/kb/en/datetime/
-- from
create table comment (id int auto_increment primary key, body text not null, created_at datetime);
-- rows
insert into comment (body, created_at) values ('first', '2024-01-01 00:00:00'), ('second', null);
-- to
create table comment (id int auto_increment primary key, body text not null, created_at datetime default current_timestamp);
