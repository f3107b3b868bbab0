-- title: unique key dropped
-- feature: unique
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table guest (id int auto_increment primary key, phone varchar(30), unique key guest_phone (phone));
-- rows
insert into guest (phone) values ('555-1'), ('555-2');
-- to
create table guest (id int auto_increment primary key, phone varchar(30));
