-- title: check expression widened under the same name
-- feature: check
-- doc: https://mariadb.com/kb/en/constraint/
-- from
create table volume_setting (id int auto_increment primary key, level int not null, constraint volume_level check (level between 0 and 10));
-- rows
insert into volume_setting (level) values (3), (10);
-- to
create table volume_setting (id int auto_increment primary key, level int not null, constraint volume_level check (level between 0 and 11));
