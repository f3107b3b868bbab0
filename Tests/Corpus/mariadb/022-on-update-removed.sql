-- title: on update current_timestamp removed, default kept
-- feature: on-update-current-timestamp
-- doc: https://mariadb.com/kb/en/timestamp/
-- from
create table visit (id int auto_increment primary key, seen_at timestamp not null default current_timestamp on update current_timestamp);
-- rows
insert into visit () values (), ();
-- to
create table visit (id int auto_increment primary key, seen_at timestamp not null default current_timestamp);
