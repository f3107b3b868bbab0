-- title: add boolean (tinyint(1)) column with default false
-- feature: boolean
-- doc: https://mariadb.com/kb/en/boolean/
-- from
create table feature_flag (id int auto_increment primary key, name varchar(64) not null unique);
-- rows
insert into feature_flag (name) values ('beta'), ('dark_mode');
-- to
create table feature_flag (id int auto_increment primary key, name varchar(64) not null unique, enabled boolean not null default false);
