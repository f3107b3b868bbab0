-- title: int id replaced by SERIAL (bigint unsigned not null auto_increment unique)
-- feature: serial
-- doc: https://mariadb.com/kb/en/bigint/
-- from
create table log_line (id int not null auto_increment primary key, line text not null);
-- rows
insert into log_line (line) values ('boot'), ('ready');
-- to
create table log_line (id serial primary key, line text not null);
