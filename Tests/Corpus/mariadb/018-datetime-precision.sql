-- title: datetime becomes datetime(6)
-- feature: timestamp-precision
-- doc: https://mariadb.com/kb/en/datetime/
-- from
create table audit_log (id bigint auto_increment primary key, logged_at datetime not null);
-- rows
insert into audit_log (logged_at) values ('2024-01-01 10:00:00'), ('2024-06-30 23:59:59');
-- to
create table audit_log (id bigint auto_increment primary key, logged_at datetime(6) not null);
