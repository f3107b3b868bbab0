-- title: column renamed (no rename hint: drop + add)
-- feature: rename-column
-- doc: https://mariadb.com/kb/en/alter-table/#rename-column
-- from
create table client (id int auto_increment primary key, fullname varchar(100));
-- rows
insert into client (fullname) values ('Ada'), ('Alan');
-- to
create table client (id int auto_increment primary key, full_name varchar(100));
