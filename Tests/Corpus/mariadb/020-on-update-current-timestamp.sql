-- title: updated_at timestamp with default and on update current_timestamp
-- feature: on-update-current-timestamp
-- doc: https://mariadb.com/kb/en/timestamp/
-- from
create table post (id int auto_increment primary key, title varchar(200) not null, created_at timestamp not null default current_timestamp);
-- rows
insert into post (title) values ('hello'), ('world');
-- to
create table post (id int auto_increment primary key, title varchar(200) not null, created_at timestamp not null default current_timestamp, updated_at timestamp not null default current_timestamp on update current_timestamp);
