-- title: datetime(6) with on update current_timestamp(6)
-- feature: on-update-current-timestamp
-- doc: https://mariadb.com/kb/en/datetime/
-- from
create table job (id int auto_increment primary key, name varchar(50) not null, touched_at datetime(6) null);
-- rows
insert into job (name) values ('backup'), ('vacuum');
-- to
create table job (id int auto_increment primary key, name varchar(50) not null, touched_at datetime(6) null default current_timestamp(6) on update current_timestamp(6));
