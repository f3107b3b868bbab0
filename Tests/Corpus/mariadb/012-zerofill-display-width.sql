-- title: int(5) zerofill column
-- feature: zerofill
-- doc: https://mariadb.com/kb/en/int/
-- from
create table branch (id int auto_increment primary key, code int not null);
-- rows
insert into branch (code) values (42), (7);
-- to
create table branch (id int auto_increment primary key, code int(5) unsigned zerofill not null);
