-- title: enum value inserted in the middle (changes stored ordinals)
-- feature: enum-values
-- doc: https://mariadb.com/kb/en/enum/
-- from
create table incident (id int auto_increment primary key, severity enum('low', 'high') not null);
-- rows
insert into incident (severity) values ('low'), ('high');
-- to
create table incident (id int auto_increment primary key, severity enum('low', 'medium', 'high') not null);
