-- title: timestamp null default null (explicit nullable timestamp)
-- feature: nullability
-- doc: https://mariadb.com/kb/en/timestamp/
-- from
create table session (id int auto_increment primary key, expires_at timestamp not null default '2038-01-01 00:00:00');
-- rows
insert into session () values (), ();
-- to
create table session (id int auto_increment primary key, expires_at timestamp null default null);
