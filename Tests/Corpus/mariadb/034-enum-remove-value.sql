-- title: unused enum value removed
-- feature: enum-values
-- doc: https://mariadb.com/kb/en/enum/
-- from
create table diary (id int auto_increment primary key, mood enum('happy', 'ok', 'sad', 'meh'));
-- rows
insert into diary (mood) values ('happy'), ('sad');
-- to
create table diary (id int auto_increment primary key, mood enum('happy', 'ok', 'sad'));
